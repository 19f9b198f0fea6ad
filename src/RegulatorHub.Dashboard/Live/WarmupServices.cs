using Microsoft.JSInterop;

namespace RegulatorHub.Dashboard.Live;

/// <summary>A request scope's services for a warm-up render, with <see cref="WarmupJSRuntime"/> as the JavaScript runtime.</summary>
internal sealed class WarmupServices(IServiceProvider scope) : IServiceProvider
{
    // Stateless, so one serves every warm-up.
    private static readonly WarmupJSRuntime s_js = new();

    /// <inheritdoc />
    public object? GetService(Type serviceType) => serviceType == typeof(IJSRuntime) ? s_js : scope.GetService(serviceType);
}
