using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class SignInLockoutTests
{
    private readonly ManualClock _time = new(new DateTimeOffset(2026, 6, 30, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RecordFailure_FifthInARow_LocksForFiveMinutes()
    {
        var lockout = new SignInLockout(_time);

        var results = Enumerable.Range(0, 5).Select(_ => lockout.RecordFailure("hz.regulator")).ToList();

        Assert.All(results.Take(4), r => Assert.Null(r));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(5), results[4]);
        Assert.Equal(results[4], lockout.LockedUntil("hz.regulator"));
        Assert.Null(lockout.LockedUntil("sh.regulator"));
    }

    [Fact]
    public void LockedUntil_AfterFiveMinutes_IsOverAndCountingStartsAgain()
    {
        var lockout = new SignInLockout(_time);
        for (var i = 0; i < 5; i++)
        {
            lockout.RecordFailure("hz.regulator");
        }

        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Null(lockout.LockedUntil("hz.regulator"));
        Assert.Null(lockout.RecordFailure("hz.regulator"));
        Assert.Null(lockout.LockedUntil("hz.regulator"));
    }

    [Fact]
    public void Reset_AfterFourFailures_ForgetsThem()
    {
        var lockout = new SignInLockout(_time);
        for (var i = 0; i < 4; i++)
        {
            lockout.RecordFailure("hz.regulator");
        }

        lockout.Reset("hz.regulator");

        Assert.Null(lockout.RecordFailure("hz.regulator"));
        Assert.Null(lockout.LockedUntil("hz.regulator"));
    }

    [Fact]
    public void RecordFailure_FailuresFarApart_DoNotAddUp()
    {
        var lockout = new SignInLockout(_time);

        for (var i = 0; i < 10; i++)
        {
            Assert.Null(lockout.RecordFailure("hz.regulator"));
            _time.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Null(lockout.LockedUntil("hz.regulator"));
    }
}
