using Supervision.Api.Access;
using Supervision.Api.Batch;
using Supervision.Api.Metrics;
using Supervision.Api.Pages;
using Supervision.Api.Register;
using Supervision.Api.Setup;
using Supervision.Api.Signing;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceAddresses();
builder.AddRenderApi();
builder.AddActRegister();
builder.AddAccess();
builder.AddNcaLayer();
builder.AddServiceMetrics();
builder.AddActBatches();

var app = builder.Build();
app.UseRequestLogging();
app.UseServerTiming();
app.UseApiProblemDetails();
app.UseActPages();
app.UseAccess();
app.MapControllers();
app.MapOpenApi().AllowAnonymous();
app.MapServiceMetrics();
app.AnnounceOnStart();

app.Run();
