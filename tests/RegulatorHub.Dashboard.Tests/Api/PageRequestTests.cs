using RegulatorHub.Dashboard.Api;

namespace RegulatorHub.Dashboard.Tests.Api;

public sealed class PageRequestTests
{
    [Fact]
    public void Parse_NeitherGiven_FirstPageOfTheDefaultSize()
    {
        var errors = new Dictionary<string, string[]>();

        var page = PageRequest.Parse(null, null, errors);

        Assert.Equal(PageRequest.First, page);
        Assert.Equal(0, page!.Offset);
        Assert.Empty(errors);
    }

    [Fact]
    public void Parse_ThirdPageOfTwentyFive_OffsetFifty()
    {
        var errors = new Dictionary<string, string[]>();

        var page = PageRequest.Parse("3", "25", errors);

        Assert.Equal((3, 25, 50L), (page!.Page, page.PageSize, page.Offset));
    }

    [Theory]
    [InlineData("0", null, "page")]
    [InlineData("-1", null, "page")]
    [InlineData("x", null, "page")]
    [InlineData("1000001", null, "page")]
    [InlineData(null, "0", "pageSize")]
    [InlineData(null, "1001", "pageSize")]
    [InlineData(null, " 5", "pageSize")]
    [InlineData(null, "1e3", "pageSize")]
    public void Parse_OutOfRange_NamesTheParameter(string? page, string? pageSize, string parameter)
    {
        var errors = new Dictionary<string, string[]>();

        var request = PageRequest.Parse(page, pageSize, errors);

        Assert.Null(request);
        Assert.Equal([parameter], errors.Keys);
        Assert.StartsWith(parameter + " must be a whole number", Assert.Single(errors[parameter]), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BothWrong_NamesBoth()
    {
        var errors = new Dictionary<string, string[]>();

        Assert.Null(PageRequest.Parse("0", "5000", errors));

        Assert.Equal(["page", "pageSize"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_LargestPage_OffsetDoesNotOverflow()
    {
        var page = PageRequest.Parse("1000000", "1000", new Dictionary<string, string[]>());

        Assert.Equal(999_999_000L, page!.Offset);
    }
}
