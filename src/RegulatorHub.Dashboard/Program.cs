using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Api.Statistics;
using RegulatorHub.Dashboard.Components;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Dashboard.Labels;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Dashboard.Localization;
using RegulatorHub.Hosting.Access;
using RegulatorHub.Hosting.Health;
using RegulatorHub.Hosting.Telemetry;
using RegulatorHub.Hosting;
using RegulatorHub.Exports;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRegulatorHubCore(builder.Configuration);
builder.Services.AddRegulatorHubIngestion(builder.Configuration);
builder.Services.AddRegulatorHubAnalytics(builder.Configuration);
builder.Services.AddRegulatorHubReferrals(builder.Configuration);
builder.Services.AddRegulatorHubHealthChecks();
builder.Services.AddRegulatorHubTelemetry(builder.Configuration, "regulatorhub-dashboard");
builder.Services.AddComplaintAccess(builder.Configuration);

// Render Chinese text as characters, not numeric entities: half the page size and searchable source.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddLocalization();
builder.Services.AddSingleton<DisplayNames>();
builder.Services.AddSingleton<FilterChoiceProvider>();
builder.Services.AddSingleton<LiveUpdates>();
builder.Services.AddScoped<FilterNavigator>();
builder.Services.AddSingleton<IngestionRateSampler>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestionRateSampler>());
builder.Services.AddSingleton<DashboardWarmup>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<DashboardWarmup>());
builder.Services.AddHealthChecks().AddCheck<DashboardWarmup>("dashboard");
builder.Services.AddSingleton<WidgetAnswerCache>();
builder.Services.AddSingleton<RegulatorHub.Dashboard.Maps.MapCatalog>();
builder.Services.AddScoped<CurrentUser>();
builder.Services.AddSingleton<ComplaintText>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

// Sign-in and authorization: every endpoint needs a signed-in user unless it says [AllowAnonymous] (Access/AccessPolicies.cs).
builder.Services.AddDashboardAccess(builder.Configuration);

// The API under /api/v1: bearer tokens beside the cookie, rate limits, the OpenAPI document (Api/).
builder.Services.AddRegulatorHubApi(builder.Configuration);
builder.Services.AddStatisticsExports();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseRequestLocalization(DashboardCultures.RequestLocalization());
app.UseApiCallAudit();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync }).AllowAnonymous();
app.MapCultureSwitch();
app.MapDashboardAccess();
app.MapComplaintApi();
app.MapComplaintExportApi();
app.MapStatisticsExportApi();
app.MapStatisticsTableApi();
app.MapStatisticsDimensionsApi();
app.MapStatisticsDefinitionsApi();
app.MapExportHistoryApi();
app.MapApiDocument();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point, public so integration tests can host the app.</summary>
public partial class Program;
