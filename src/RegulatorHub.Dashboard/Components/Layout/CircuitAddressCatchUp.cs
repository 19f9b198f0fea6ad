using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace RegulatorHub.Dashboard.Components.Layout;

/// <summary>
/// Once the circuit has drawn its first interactive render, makes it show the page the browser's address names, when
/// the user left the page while the circuit was starting.
/// </summary>
/// <remarks>
/// The circuit starts at the address the browser had when it asked for one. A link clicked after that request but
/// before the circuit's renderer is attached is followed by blazor.web.js as an enhanced navigation: the address bar
/// changes, but the change is reported to no one, so the circuit goes on showing the page it started on under the new
/// address (a browser test caught this under load). Navigating to the same address again is no navigation at all for
/// blazor.web.js, so the circuit's own address is put back in the history entry first, and the navigation to the
/// browser's address is then a real one that the router hears.
/// </remarks>
public sealed class CircuitAddressCatchUp : ComponentBase
{
    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive)
        {
            return;
        }

        // location.toString is the address as a string (bound to location by the interop's function lookup).
        var browserAddress = await JS.InvokeAsync<string>("location.toString");
        if (WithoutFragment(browserAddress) == WithoutFragment(Navigation.Uri))
        {
            return;
        }

        // The state is left empty: the navigation below replaces this entry again, with blazor.web.js's own state.
        await JS.InvokeVoidAsync("history.replaceState", null, "", Navigation.Uri);
        Navigation.NavigateTo(browserAddress, replace: true);
    }

    // A fragment is a place on the page, not another page; the circuit does not need to hear of it.
    private static string WithoutFragment(string address) => address.Split('#', 2)[0];
}
