using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Dashboard.Labels;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>A bUnit context with what the dashboard's components inject, in the culture a test picks.</summary>
public sealed class DashboardComponentContext : BunitContext
{
    private readonly CultureInfo _previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _previousUiCulture = CultureInfo.CurrentUICulture;

    public DashboardComponentContext(string culture = "en")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Services.AddLocalization();
        Services.AddSingleton(ComplaintTaxonomy.Default);
        Services.AddSingleton(RegionGazetteer.Default);
        Services.AddSingleton<DisplayNames>();

        // Plotly draws through JavaScript; components are tested for the data they hand it, not for the drawing.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUiCulture;
        base.Dispose(disposing);
    }
}
