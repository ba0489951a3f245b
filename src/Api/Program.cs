using Supervision.Api.Pages;
using Supervision.Api.Register;
using Supervision.Api.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddRenderApi();
builder.AddActRegister();

var app = builder.Build();
app.UseRequestLogging();
app.UseApiProblemDetails();
app.UseApiKeys();
app.UseActPages();
app.MapControllers();
app.MapOpenApi();
app.AnnounceOnStart();

app.Run();
