using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;

// Renderer is the framework's base for renderers of its own kind (test renderers build on it too); the static
// HtmlRenderer cannot stand in, because components rendered by it do not load data or run after-render work.
#pragma warning disable BL0006

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Renders a page in-process as a circuit would, with nowhere to send the output: it reports itself interactive, so
/// pages load their data and components run their after-render work (JavaScript calls go to
/// <see cref="WarmupJSRuntime"/>). The dashboard's warm-up renders the overview with it, so the first visitor after a
/// start finds the code compiled and the overview's answers cached.
/// </summary>
internal sealed partial class WarmupRenderer(IServiceProvider services, ILoggerFactory loggerFactory) : Renderer(services, loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<WarmupRenderer>();
    private int _errors;

    /// <inheritdoc />
    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>Exceptions the rendered components raised (each logged by type).</summary>
    public int Errors => Volatile.Read(ref _errors);

    /// <inheritdoc />
    protected override RendererInfo RendererInfo { get; } = new("Warmup", isInteractive: true);

    /// <summary>Renders <typeparamref name="TComponent"/> without parameters and waits until it and its children have loaded.</summary>
    public Task RenderAsync<TComponent>()
        where TComponent : IComponent =>
        Dispatcher.InvokeAsync(() => RenderRootComponentAsync(AssignRootComponentId(InstantiateComponent(typeof(TComponent)))));

    /// <inheritdoc />
    protected override void HandleException(Exception exception)
    {
        Interlocked.Increment(ref _errors);
        LogComponentFailed(_logger, exception.GetType().Name, exception.Message);
    }

    /// <inheritdoc />
    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A component failed during the warm-up render ({ErrorType}: {Error})")]
    private static partial void LogComponentFailed(ILogger logger, string errorType, string error);
}
