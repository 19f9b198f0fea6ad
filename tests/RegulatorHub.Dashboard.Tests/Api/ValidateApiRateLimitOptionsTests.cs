using RegulatorHub.Dashboard.Api;

namespace RegulatorHub.Dashboard.Tests.Api;

public sealed class ValidateApiRateLimitOptionsTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var options = new ApiRateLimitOptions();

        var result = new ValidateApiRateLimitOptions().Validate(null, options);

        Assert.True(result.Succeeded);
        Assert.Equal((120, 60, 10), (options.PermitLimit, options.WindowSeconds, options.ExportPermitLimit));
    }

    [Fact]
    public void Validate_EveryValueOutOfRange_EachMessageNamesItsKey()
    {
        var options = new ApiRateLimitOptions { PermitLimit = 0, WindowSeconds = 86_401, ExportPermitLimit = -1 };

        var result = new ValidateApiRateLimitOptions().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Api:RateLimit:PermitLimit ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Api:RateLimit:WindowSeconds ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Api:RateLimit:ExportPermitLimit ", StringComparison.Ordinal));
    }
}
