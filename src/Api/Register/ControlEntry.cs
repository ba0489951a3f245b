namespace Supervision.Api.Register;

/// <summary>An open act in the control lists, with how many days are left to its due date.</summary>
/// <param name="Act">The act.</param>
/// <param name="DaysLeft">Days from the day looked from to the due date: 0 on the due date, negative when overdue.</param>
public sealed record ControlEntry(IssuedActSummary Act, int DaysLeft);
