using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Domain.Tests.Referrals.ReferralScenario;

namespace RegulatorHub.Domain.Tests.Referrals;

/// <summary>Working-day deadlines of each step, and overdue flags.</summary>
public sealed class ReferralDeadlineTests
{
    private static readonly TimeSpan s_china = TimeSpan.FromHours(8);

    [Fact]
    public void Create_BeforeSpringFestival2026_DecisionDueSevenWorkingDaysLater()
    {
        // Thu 12 Feb: 13, 14 (Saturday, adjusted), then the break to the 23rd, then 24–27 and 28 (Saturday, adjusted).
        var referral = Created(new DateTimeOffset(2026, 2, 12, 10, 0, 0, s_china));

        Assert.Equal(new DateOnly(2026, 2, 28), referral.DueBy);
        Assert.Equal(new DateOnly(2026, 2, 28), referral.Events[0].DueBy);
    }

    [Fact]
    public void Create_LateEveningUtc_CountsFromTheChinaCalendarDay()
    {
        // 20:00 UTC on 12 Feb is 04:00 on 13 Feb in China: the period starts a day later.
        var referral = Created(new DateTimeOffset(2026, 2, 12, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 2), referral.DueBy);
    }

    [Fact]
    public void Accept_EarlyMarch2026_MediationDueFortyFiveWorkingDaysLaterPastQingmingAndLabourDay()
    {
        var created = Created(new DateTimeOffset(2026, 2, 27, 10, 0, 0, s_china));

        var accepted = Ok(created.Accept(Receiver, new DateTimeOffset(2026, 3, 2, 9, 0, 0, s_china), Deadlines));

        Assert.Equal(new DateOnly(2026, 5, 8), accepted.DueBy);
    }

    [Fact]
    public void ReturnForInformation_Pending_StopsTheClock()
    {
        var returned = Ok(Created().ReturnForInformation(Receiver, "Need the order number.", Monday.AddDays(1)));

        Assert.Null(returned.DueBy);
        Assert.Null(returned.Events[^1].DueBy);
        Assert.False(returned.IsOverdue(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void Resubmit_Returned_RestartsTheFullDecisionPeriod()
    {
        var returned = Ok(Created().ReturnForInformation(Receiver, "Need the order number.", Monday.AddHours(1)));

        var resubmitted = Ok(returned.Resubmit(Sender, "Order number added.", new DateTimeOffset(2026, 3, 10, 9, 0, 0, s_china), Deadlines));

        Assert.Equal(ReferralState.Pending, resubmitted.State);
        Assert.Equal(new DateOnly(2026, 3, 19), resubmitted.DueBy);
        Assert.Equal(new DateOnly(2026, 3, 18), resubmitted.Events[0].DueBy);
    }

    [Theory]
    [InlineData(ReferralState.Declined)]
    [InlineData(ReferralState.Resolved)]
    [InlineData(ReferralState.Withdrawn)]
    public void DueBy_FinalReferral_IsNullAndNeverOverdue(ReferralState state)
    {
        var referral = InState(state);

        Assert.Null(referral.DueBy);
        Assert.False(referral.IsOverdue(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Create_CustomPeriod_UsesIt()
    {
        var deadlines = new ReferralDeadlines(WorkingDayCalendar.China) { AcceptWithinWorkingDays = 3 };

        var referral = Ok(Referral.Create(Id, Complaint, null, ReceiverAgency, Sender, null, Monday, deadlines));

        Assert.Equal(new DateOnly(2026, 3, 12), referral.DueBy);
    }

    [Fact]
    public void IsOverdue_Pending_FromTheDayAfterTheDeadline()
    {
        var referral = Created();

        Assert.Equal(new DateOnly(2026, 3, 18), referral.DueBy);
        Assert.False(referral.IsOverdue(new DateOnly(2026, 3, 18)));
        Assert.True(referral.IsOverdue(new DateOnly(2026, 3, 19)));
    }

    [Fact]
    public void IsOverdue_Accepted_AgainstTheMediationDeadline()
    {
        var accepted = Ok(Created().Accept(Receiver, Monday.AddDays(1), Deadlines));

        Assert.False(accepted.IsOverdue(new DateOnly(2026, 3, 19)));
        Assert.False(accepted.IsOverdue(accepted.DueBy!.Value));
        Assert.True(accepted.IsOverdue(accepted.DueBy.Value.AddDays(1)));
    }

    [Fact]
    public void LocalDay_Instants_AreChinaCalendarDays()
    {
        Assert.Equal(new DateOnly(2026, 2, 12), ReferralDeadlines.LocalDay(new DateTimeOffset(2026, 2, 12, 15, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 2, 13), ReferralDeadlines.LocalDay(new DateTimeOffset(2026, 2, 12, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 2, 13), ReferralDeadlines.LocalDay(new DateTimeOffset(2026, 2, 12, 11, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void Defaults_AreTheInterimMeasuresPeriods()
    {
        var deadlines = ReferralDeadlines.China;

        Assert.Equal(7, deadlines.AcceptWithinWorkingDays);
        Assert.Equal(45, deadlines.ConcludeWithinWorkingDays);
        Assert.Same(WorkingDayCalendar.China, deadlines.Calendar);
    }

    [Fact]
    public void Constructors_ParameterlessAndWithPeriods_AgreeWithTheirArguments()
    {
        var periods = new ReferralDeadlines(WorkingDayCalendar.China, 5, 30);

        Assert.Equal(ReferralDeadlines.China, new ReferralDeadlines());
        Assert.Equal((5, 30), (periods.AcceptWithinWorkingDays, periods.ConcludeWithinWorkingDays));
        Assert.Equal(
            "AcceptWithinWorkingDays",
            Assert.Throws<ArgumentOutOfRangeException>(() => new ReferralDeadlines(WorkingDayCalendar.China, 0)).ParamName);
    }

    [Theory]
    [InlineData(0, 45, "AcceptWithinWorkingDays")]
    [InlineData(7, -1, "ConcludeWithinWorkingDays")]
    public void Periods_LessThanOne_Throw(int accept, int conclude, string expectedParam)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            ReferralDeadlines.China with { AcceptWithinWorkingDays = accept, ConcludeWithinWorkingDays = conclude });

        Assert.Equal(expectedParam, ex.ParamName);
    }
}
