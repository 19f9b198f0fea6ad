using System.Globalization;
using Microsoft.Extensions.Localization;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Localization;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Labels;

/// <summary>
/// Names people read for the fields of one complaint's record (status, outcome, channel, what the scrubber removed,
/// the purpose of a view, a region with the regions above it), in the current UI language.
/// </summary>
public sealed class ComplaintText(IStringLocalizer<Strings> text, RegionGazetteer gazetteer, DisplayNames names)
{
    private static bool InChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The status's name.</summary>
    public string Status(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Received => text["Received"],
        ComplaintStatus.Accepted => text["Accepted"],
        ComplaintStatus.Rejected => text["Not accepted"],
        ComplaintStatus.Transferred => text["Transferred"],
        ComplaintStatus.InMediation => text["In mediation"],
        ComplaintStatus.Closed => text["Closed"],
        _ => status.ToString(),
    };

    /// <summary>The outcome's name.</summary>
    public string Outcome(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.AgreementReached => text["Agreement reached"],
        ComplaintOutcome.NoAgreement => text["No agreement"],
        ComplaintOutcome.Withdrawn => text["Withdrawn"],
        ComplaintOutcome.EnforcementCase => text["Enforcement case opened"],
        ComplaintOutcome.ClosedWithExplanation => text["Closed with explanation"],
        ComplaintOutcome.ClosedWithMonetaryRelief => text["Closed with monetary relief"],
        ComplaintOutcome.ClosedWithNonMonetaryRelief => text["Closed with non-monetary relief"],
        ComplaintOutcome.OutOfScope => text["Out of scope"],
        _ => outcome.ToString(),
    };

    /// <summary>The channel's name (the dashboard's text is keyed by the channel's own name).</summary>
    public string Channel(ComplaintChannel channel) => text[channel.ToString()];

    /// <summary>The name of a kind of personal data the scrubber removes.</summary>
    public string PersonalData(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.ResidentId => text["Resident ID numbers"],
        PersonalDataKind.Mobile => text["Mobile numbers"],
        PersonalDataKind.Landline => text["Landline numbers"],
        PersonalDataKind.BankCard => text["Bank card numbers"],
        PersonalDataKind.Email => text["E-mail addresses"],
        PersonalDataKind.QQ => text["QQ numbers"],
        PersonalDataKind.WeChatId => text["WeChat IDs"],
        PersonalDataKind.LicencePlate => text["Licence plates"],
        PersonalDataKind.Address => text["Street addresses"],
        PersonalDataKind.Name => text["Names"],
        PersonalDataKind.UsSsn => text["US social security numbers"],
        PersonalDataKind.UsPhone => text["US phone numbers"],
        _ => kind.ToString(),
    };

    /// <summary>The purpose's name.</summary>
    public string Purpose(ComplaintViewPurpose purpose) => purpose switch
    {
        ComplaintViewPurpose.Handling => text["Handling the complaint"],
        ComplaintViewPurpose.Referral => text["Referral to or from another agency"],
        ComplaintViewPurpose.Supervision => text["Supervision"],
        ComplaintViewPurpose.QualityCheck => text["Quality check"],
        _ => purpose.ToString(),
    };

    /// <summary>
    /// A region with the regions above it, widest first (<c>浙江省 杭州市 西湖区</c>; in English the province's English
    /// name where the data has one); the code itself when the gazetteer does not know it, "Not stated" when missing.
    /// </summary>
    public string RegionPath(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return text["Not stated"];
        }

        if (!gazetteer.TryGet(code, out var region))
        {
            return code;
        }

        var path = gazetteer.AncestorsOf(region).Reverse().Append(region).Select(r => names.Region(r.Code));
        return string.Join(InChinese ? string.Empty : ", ", path);
    }
}
