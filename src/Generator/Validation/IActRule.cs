namespace Supervision.Validation;

/// <summary>One rule of the law or of the documentation rules, checked against an act.</summary>
internal interface IActRule
{
    /// <summary>Reports every breach of the rule in the act. Fields that are missing are left to the
    /// mandatory-fields rule: a rule checks only what is there.</summary>
    void Check(ValidationContext context);
}
