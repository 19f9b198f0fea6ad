using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using RegulatorHub.Dashboard.Components.Widgets;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class WidgetTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();

    [Fact]
    public async Task A_loaded_widget_stamps_its_state_filter_and_total()
    {
        var data = new WidgetData<string>();
        await data.LoadAsync("category=food", _ => Task.FromResult("rows"), _ => false, NullLogger.Instance, quiet: false, CancellationToken.None);

        var widget = Render(data, total: 42, content: "the table");

        var root = widget.Find("[data-widget=sample]");
        Assert.Equal("ready", root.GetAttribute("data-state"));
        Assert.Equal("category=food", root.GetAttribute("data-filter"));
        Assert.Equal("42", root.GetAttribute("data-total"));
        Assert.Contains("the table", root.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_any_answer_the_widget_is_loading_and_busy()
    {
        var widget = Render(new WidgetData<string>(), total: null, content: "x");

        var root = widget.Find("[data-widget=sample]");
        Assert.Equal("loading", root.GetAttribute("data-state"));
        Assert.Equal("true", root.GetAttribute("aria-busy"));
        Assert.NotNull(widget.Find("[role=status]"));
    }

    [Fact]
    public async Task A_failed_query_shows_its_error_instead_of_the_content()
    {
        var data = new WidgetData<string>();
        await data.LoadAsync("", _ => Task.FromException<string>(new InvalidOperationException("The store is unreachable.")), _ => false, NullLogger.Instance, false, CancellationToken.None);

        var widget = Render(data, total: null, content: "stale");

        Assert.Equal("error", widget.Find("[data-widget=sample]").GetAttribute("data-state"));
        Assert.Contains("The store is unreachable.", widget.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("stale", widget.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_says_nothing_matches()
    {
        var data = new WidgetData<string>();
        await data.LoadAsync("", _ => Task.FromResult(string.Empty), s => s.Length == 0, NullLogger.Instance, false, CancellationToken.None);

        var widget = Render(data, total: 0, content: "x");

        Assert.Equal("No complaints match the filter.", widget.Find("[data-testid=sample-empty]").TextContent);
    }

    [Fact]
    public async Task A_slow_answer_for_an_older_filter_never_overwrites_a_newer_one()
    {
        var data = new WidgetData<string>();
        var slow = new TaskCompletionSource<string>();
        var older = data.LoadAsync("category=a", _ => slow.Task, _ => false, NullLogger.Instance, false, CancellationToken.None);
        await data.LoadAsync("category=b", _ => Task.FromResult("b"), _ => false, NullLogger.Instance, false, CancellationToken.None);

        slow.SetResult("a");

        Assert.False(await older);
        Assert.Equal("b", data.Value);
        Assert.Equal("category=b", data.Filter);
    }

    [Fact]
    public async Task A_quiet_reload_keeps_the_shown_state_until_its_answer_arrives()
    {
        var data = new WidgetData<string>();
        await data.LoadAsync("", _ => Task.FromResult("first"), _ => false, NullLogger.Instance, false, CancellationToken.None);
        var pending = new TaskCompletionSource<string>();

        var reload = data.LoadAsync("", _ => pending.Task, _ => false, NullLogger.Instance, quiet: true, CancellationToken.None);

        Assert.Equal(WidgetState.Ready, data.State);
        pending.SetResult("second");
        await reload;
        Assert.Equal("second", data.Value);
    }

    private IRenderedComponent<Widget> Render(IWidgetStatus status, long? total, string content) => _context.Render<Widget>(p => p
        .Add(w => w.Name, "sample")
        .Add(w => w.Title, "Sample")
        .Add(w => w.Status, status)
        .Add(w => w.Total, total)
        .Add(w => w.ChildContent, (RenderFragment)(b => b.AddContent(0, content))));

    public void Dispose() => _context.Dispose();
}
