using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Storage.Tests.Contract.ReferralSamples;

namespace RegulatorHub.Storage.Tests.Referrals;

/// <summary>Performance figures over fixed histories in March 2026 (no holidays that month).</summary>
public sealed class ReferralPerformanceTests
{
    private static readonly DateOnly s_from = new(2026, 3, 1);
    private static readonly DateOnly s_to = new(2026, 3, 31);
    private static readonly DateOnly s_today = new(2026, 4, 2);

    private static DateTimeOffset Day(int month, int day, int hour = 10) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    private static Referral Created(DateTimeOffset at, string to = "samr-sh")
    {
        var result = Referral.Create(Guid.NewGuid(), new("12315-zj", Guid.NewGuid().ToString("N")), null, to, Hangzhou, null, at, Deadlines);
        Assert.True(result.Succeeded, result.ToString());
        return result.Referral;
    }

    private static Referral Then(Referral referral, ReferralAction action, DateTimeOffset at, ReferralOutcome? outcome = null)
    {
        var by = action is ReferralAction.Resubmit or ReferralAction.Withdraw ? Hangzhou : new ReferralActor("acct-x", referral.ToAgencyId);
        var note = action is ReferralAction.Decline or ReferralAction.ReturnForInformation or ReferralAction.Withdraw ? "理由。" : null;
        var result = referral.Apply(new ReferralCommand(action, by, note, outcome), at, Deadlines);
        Assert.True(result.Succeeded, result.ToString());
        return result.Referral;
    }

    private static List<Referral> FixedHistories() =>
    [
        // Accepted after 2 working days (Mon → Wed), resolved with agreement.
        Then(Then(Created(Day(3, 2)), ReferralAction.Accept, Day(3, 4)), ReferralAction.Resolve, Day(3, 10), ReferralOutcome.AgreementReached),

        // Declined two days after its 11 March deadline.
        Then(Created(Day(3, 2)), ReferralAction.Decline, Day(3, 13)),

        // Returned on time, resubmitted on Monday 9 March, accepted 3 working days later: the clock restarts.
        Then(Then(Then(Created(Day(3, 3)), ReferralAction.ReturnForInformation, Day(3, 5)), ReferralAction.Resubmit, Day(3, 9)), ReferralAction.Accept, Day(3, 12)),

        // Pending since Friday 20 March, due Tuesday 31 March: overdue on 2 April.
        Created(Day(3, 20)),

        // Created and accepted in February; only its resolution falls in the period.
        Then(Then(Created(Day(2, 2)), ReferralAction.Accept, Day(2, 3)), ReferralAction.Resolve, Day(3, 5), ReferralOutcome.NoAgreement),

        // Another agency's referral and one created after the period.
        Then(Created(Day(3, 2), to: "samr-sz"), ReferralAction.Decline, Day(3, 3)),
        Created(Day(4, 1)),
    ];

    [Fact]
    public void Compute_FixedHistories_CountsEachFigure()
    {
        var performance = ReferralPerformance.Compute("samr-sh", FixedHistories(), s_from, s_to, s_today, WorkingDayCalendar.China);

        Assert.Equal(4, performance.Received);
        Assert.Equal((2, 1, 1, 4), (performance.Accepted, performance.Declined, performance.Returned, performance.Decided));
        Assert.Equal(3, performance.DecidedOnTime);
        Assert.Equal(0.75, performance.OnTimeDecisionRate);
        Assert.Equal(2.5, performance.MedianWorkingDaysToAccept);
        Assert.Equal(
            new Dictionary<ReferralOutcome, int> { [ReferralOutcome.AgreementReached] = 1, [ReferralOutcome.NoAgreement] = 1, [ReferralOutcome.EnforcementCase] = 0 },
            performance.Outcomes);
        Assert.Equal((3, 1), (performance.OpenNow, performance.OverdueNow));
    }

    [Fact]
    public void Compute_OneDayPeriod_CountsOnlyThatDaysEvents()
    {
        var performance = ReferralPerformance.Compute("samr-sh", FixedHistories(), new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 13), s_today, WorkingDayCalendar.China);

        Assert.Equal((0, 0, 1, 0, 0), (performance.Received, performance.Accepted, performance.Declined, performance.Returned, performance.DecidedOnTime));
        Assert.Equal(0.0, performance.OnTimeDecisionRate);
        Assert.Null(performance.MedianWorkingDaysToAccept);
    }

    [Fact]
    public void Compute_NothingDecided_HasNoRateAndNoMedian()
    {
        var performance = ReferralPerformance.Compute("samr-bj", FixedHistories(), s_from, s_to, s_today, WorkingDayCalendar.China);

        Assert.Equal(0, performance.Received);
        Assert.Null(performance.OnTimeDecisionRate);
        Assert.Null(performance.MedianWorkingDaysToAccept);
        Assert.All(performance.Outcomes.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void Compute_OddNumberOfAcceptances_TakesTheMiddleOne()
    {
        List<Referral> referrals =
        [
            Then(Created(Day(3, 2)), ReferralAction.Accept, Day(3, 3)),
            Then(Created(Day(3, 2)), ReferralAction.Accept, Day(3, 9)),
            Then(Created(Day(3, 2)), ReferralAction.Accept, Day(3, 5)),
        ];

        var performance = ReferralPerformance.Compute("samr-sh", referrals, s_from, s_to, s_today, WorkingDayCalendar.China);

        Assert.Equal(3.0, performance.MedianWorkingDaysToAccept);
    }

    [Fact]
    public void Compute_PeriodEndingBeforeItStarts_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ReferralPerformance.Compute("samr-sh", [], s_to, s_from, s_today, WorkingDayCalendar.China));
}
