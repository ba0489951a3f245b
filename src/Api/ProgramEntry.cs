/// <summary>The service's entry point (Program.cs); public so that functional tests can start it with WebApplicationFactory.</summary>
public partial class Program;
