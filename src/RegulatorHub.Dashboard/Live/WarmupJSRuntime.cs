using System.Text.Json;
using Microsoft.JSInterop;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Answers the JavaScript calls of a warm-up render (<see cref="WarmupRenderer"/>): it serializes the arguments as a
/// circuit would (the costly part of a chart's first drawing: Plotly's large option types) and returns the default
/// value, or a module that behaves the same way when a component imports one.
/// </summary>
internal sealed class WarmupJSRuntime : IJSRuntime, IJSObjectReference
{
    // As Blazor's own JS runtime: camel-case names, depth 32.
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web) { MaxDepth = 32 };

    /// <inheritdoc />
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        InvokeAsync<TValue>(identifier, CancellationToken.None, args);

    /// <inheritdoc />
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
    {
        foreach (var argument in args ?? [])
        {
            // References to .NET objects travel as ids in a circuit; serializing the object itself would walk a component.
            if (argument is not null && !IsDotNetObjectReference(argument.GetType()))
            {
                _ = JsonSerializer.SerializeToUtf8Bytes(argument, argument.GetType(), s_options);
            }
        }

        return ValueTask.FromResult(typeof(TValue) == typeof(IJSObjectReference) ? (TValue)(object)this : default!);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static bool IsDotNetObjectReference(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(DotNetObjectReference<>);
}
