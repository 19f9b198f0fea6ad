using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// How one agency handled the referrals addressed to it over a period of China calendar days (both ends inclusive),
/// and where it stands now.
/// </summary>
/// <param name="AgencyId">The receiving agency.</param>
/// <param name="From">First day of the period.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="Received">Referrals created in the period.</param>
/// <param name="Accepted">Acceptances in the period.</param>
/// <param name="Declined">Declines in the period.</param>
/// <param name="Returned">Returns for information in the period.</param>
/// <param name="DecidedOnTime">Decisions (accept, decline, return) in the period made by the deadline in force.</param>
/// <param name="MedianWorkingDaysToAccept">
/// Median working days from the start of the decision period (creation or the last resubmission) to acceptance, over
/// the acceptances in the period; <see langword="null"/> when there were none.
/// </param>
/// <param name="Outcomes">Resolutions in the period by outcome; every outcome is present, with 0 when none.</param>
/// <param name="OpenNow">Referrals addressed to the agency that are not final.</param>
/// <param name="OverdueNow">Of those, the ones past their deadline today.</param>
public sealed record ReferralPerformance(
    string AgencyId,
    DateOnly From,
    DateOnly To,
    int Received,
    int Accepted,
    int Declined,
    int Returned,
    int DecidedOnTime,
    double? MedianWorkingDaysToAccept,
    IReadOnlyDictionary<ReferralOutcome, int> Outcomes,
    int OpenNow,
    int OverdueNow)
{
    /// <summary>Decisions in the period: acceptances, declines and returns for information.</summary>
    public int Decided => Accepted + Declined + Returned;

    /// <summary>The share of <see cref="Decided"/> made on time (0–1); <see langword="null"/> when nothing was decided.</summary>
    public double? OnTimeDecisionRate => Decided == 0 ? null : (double)DecidedOnTime / Decided;

    /// <summary>Computes the figures of <paramref name="agencyId"/> from its referrals.</summary>
    /// <param name="agencyId">The receiving agency; referrals addressed elsewhere are skipped.</param>
    /// <param name="referrals">At least every referral addressed to the agency that is open or has an event in the period.</param>
    /// <param name="from">First day of the period (China calendar day).</param>
    /// <param name="to">Last day of the period; not before <paramref name="from"/>.</param>
    /// <param name="today">Today in China, for <see cref="OverdueNow"/>.</param>
    /// <param name="calendar">The working-day calendar the deadlines are counted on.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ReferralPerformance Compute(
        string agencyId,
        IEnumerable<Referral> referrals,
        DateOnly from,
        DateOnly to,
        DateOnly today,
        WorkingDayCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        ArgumentNullException.ThrowIfNull(referrals);
        ArgumentNullException.ThrowIfNull(calendar);
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        int received = 0, accepted = 0, declined = 0, returned = 0, onTime = 0, open = 0, overdue = 0;
        var outcomes = Enum.GetValues<ReferralOutcome>().ToDictionary(o => o, _ => 0);
        var daysToAccept = new List<int>();
        foreach (var referral in referrals.Where(r => r.ToAgencyId == agencyId))
        {
            if (InPeriod(referral.CreatedAt))
            {
                received++;
            }

            var events = referral.Events;
            var decisionStart = events[0];
            for (var i = 1; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Action is ReferralAction.Create or ReferralAction.Resubmit)
                {
                    decisionStart = e;
                }

                if (!InPeriod(e.At))
                {
                    continue;
                }

                switch (e.Action)
                {
                    case ReferralAction.Accept:
                        accepted++;
                        daysToAccept.Add(calendar.CountWorkingDays(ReferralDeadlines.LocalDay(decisionStart.At), ReferralDeadlines.LocalDay(e.At)));
                        break;
                    case ReferralAction.Decline:
                        declined++;
                        break;
                    case ReferralAction.ReturnForInformation:
                        returned++;
                        break;
                    case ReferralAction.Resolve when e.Outcome is { } outcome:
                        outcomes[outcome]++;
                        break;
                    default:
                        break;
                }

                // A decision is on time when made by the deadline the previous event set (the decision period).
                if (e.Action is ReferralAction.Accept or ReferralAction.Decline or ReferralAction.ReturnForInformation
                    && (events[i - 1].DueBy is not { } due || ReferralDeadlines.LocalDay(e.At) <= due))
                {
                    onTime++;
                }
            }

            if (referral.IsOpen)
            {
                open++;
                if (referral.IsOverdue(today))
                {
                    overdue++;
                }
            }
        }

        return new ReferralPerformance(
            agencyId, from, to, received, accepted, declined, returned, onTime, Median(daysToAccept), outcomes, open, overdue);

        bool InPeriod(DateTimeOffset at)
        {
            var day = ReferralDeadlines.LocalDay(at);
            return day >= from && day <= to;
        }
    }

    private static double? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
    }
}
