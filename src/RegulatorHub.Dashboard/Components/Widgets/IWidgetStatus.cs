namespace RegulatorHub.Dashboard.Components.Widgets;

/// <summary>What a widget card shows about its data, whatever the data's type.</summary>
public interface IWidgetStatus
{
    /// <summary>Where the data stands.</summary>
    WidgetState State { get; }

    /// <summary>The canonical filter the shown data was computed for.</summary>
    string? Filter { get; }

    /// <summary>What went wrong, when <see cref="State"/> is <see cref="WidgetState.Error"/>.</summary>
    string? Error { get; }
}
