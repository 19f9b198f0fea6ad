namespace RegulatorHub.Synthetic.Tests;

/// <summary>A clock stopped at one instant, so validation of "not in the future" does not depend on today.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
