namespace RegulatorHub.Dashboard.Components.Widgets;

/// <summary>Where a widget's data stands; written to its <c>data-state</c> attribute for tests and benchmarks.</summary>
public enum WidgetState
{
    /// <summary>A query for the current filter is running (earlier data, if any, stays on screen dimmed).</summary>
    Loading,

    /// <summary>Data for the current filter is shown.</summary>
    Ready,

    /// <summary>The query ran and found nothing to show.</summary>
    Empty,

    /// <summary>The query failed; the widget says why.</summary>
    Error,
}
