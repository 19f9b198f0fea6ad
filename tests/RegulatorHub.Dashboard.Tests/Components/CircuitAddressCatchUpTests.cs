using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Dashboard.Components.Layout;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class CircuitAddressCatchUpTests : IDisposable
{
    private const string CircuitAddress = "http://localhost/?category=food";
    private readonly BunitContext _context = new();
    private readonly BunitNavigationManager _navigation;

    public CircuitAddressCatchUpTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Strict;
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _navigation = _context.Services.GetRequiredService<BunitNavigationManager>();
        _navigation.NavigateTo(CircuitAddress);
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public void FirstRender_BrowserLeftForAnotherPage_PutsBackTheCircuitAddressThenNavigatesThere()
    {
        _context.JSInterop.Setup<string>("location.toString").SetResult("http://localhost/statistics");
        var replaced = _context.JSInterop.SetupVoid("history.replaceState", _ => true);
        replaced.SetVoidResult();

        _context.Render<CircuitAddressCatchUp>();

        var replace = Assert.Single(replaced.Invocations);
        Assert.Equal([null, "", CircuitAddress], replace.Arguments);
        var last = _navigation.History.First();
        Assert.Equal(("http://localhost/statistics", true), (_navigation.ToAbsoluteUri(last.Uri).ToString(), last.Options.ReplaceHistoryEntry));
    }

    [Theory]
    [InlineData(CircuitAddress)]
    [InlineData(CircuitAddress + "#top-merchants")]
    public void FirstRender_BrowserAtTheCircuitAddress_DoesNothing(string browserAddress)
    {
        _context.JSInterop.Setup<string>("location.toString").SetResult(browserAddress);

        _context.Render<CircuitAddressCatchUp>();

        Assert.Single(_navigation.History);
        Assert.DoesNotContain(_context.JSInterop.Invocations, i => i.Identifier == "history.replaceState");
    }

    [Fact]
    public void Prerender_NoCircuitYet_AsksTheBrowserNothing()
    {
        _context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        _context.Render<CircuitAddressCatchUp>();

        Assert.Empty(_context.JSInterop.Invocations);
        Assert.Single(_navigation.History);
    }
}
