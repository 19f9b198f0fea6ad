using Microsoft.Extensions.Localization;
using RegulatorHub.Dashboard.Localization;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Dashboard.Labels;

/// <summary>Names people read for a referral's state, actions and outcomes, in the current UI language.</summary>
public static class ReferralText
{
    /// <summary>The state's name.</summary>
    public static string State(IStringLocalizer<Strings> text, ReferralState state)
    {
        ArgumentNullException.ThrowIfNull(text);
        return state switch
        {
            ReferralState.Pending => text["Awaiting decision"],
            ReferralState.ReturnedForInformation => text["Returned for information"],
            ReferralState.Accepted => text["Accepted, in mediation"],
            ReferralState.Declined => text["Declined"],
            ReferralState.Resolved => text["Resolved"],
            ReferralState.Withdrawn => text["Withdrawn"],
            _ => state.ToString(),
        };
    }

    /// <summary>The action's name, as a verb for buttons and the timeline.</summary>
    public static string Action(IStringLocalizer<Strings> text, ReferralAction action)
    {
        ArgumentNullException.ThrowIfNull(text);
        return action switch
        {
            ReferralAction.Create => text["Referred"],
            ReferralAction.Accept => text["Accept"],
            ReferralAction.Decline => text["Decline"],
            ReferralAction.ReturnForInformation => text["Return for information"],
            ReferralAction.Resubmit => text["Resubmit"],
            ReferralAction.Resolve => text["Resolve"],
            ReferralAction.Withdraw => text["Withdraw"],
            _ => action.ToString(),
        };
    }

    /// <summary>The outcome's name.</summary>
    public static string Outcome(IStringLocalizer<Strings> text, ReferralOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(text);
        return outcome switch
        {
            ReferralOutcome.AgreementReached => text["Agreement reached"],
            ReferralOutcome.NoAgreement => text["No agreement"],
            ReferralOutcome.EnforcementCase => text["Enforcement case opened"],
            _ => outcome.ToString(),
        };
    }

    /// <summary>The name of <paramref name="agencyId"/> in the directory, or the id when the directory has none.</summary>
    public static string Agency(RegulatorHub.Application.Access.AgencyDirectory agencies, string agencyId)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        return agencies.Find(agencyId)?.Name ?? agencyId;
    }

    /// <summary>The page of referral <paramref name="id"/>.</summary>
    public static string Href(Guid id) => $"/referrals/{id:D}";

    /// <summary>The page of the complaint <paramref name="complaint"/>.</summary>
    public static string ComplaintHref(ComplaintReference complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return $"/complaints/{Uri.EscapeDataString(complaint.Source)}/{Uri.EscapeDataString(complaint.SourceCaseId)}";
    }
}
