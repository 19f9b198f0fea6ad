using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Access;

/// <summary>
/// Complaint-level records as one user may see them: the list of complaints in their agency's jurisdiction, and one
/// complaint's record after they state a purpose. Every page and API endpoint that shows complaint-level data goes
/// through here, so the rules and the recording are the same everywhere.
/// </summary>
public sealed partial class ComplaintRecords(
    IComplaintStore store, ComplaintAccessPolicy policy, IComplaintViewRecorder recorder, ILogger<ComplaintRecords> logger)
{
    /// <summary>
    /// A page of the complaints whose consumer or merchant region is within <paramref name="user"/>'s jurisdiction,
    /// newest first; denied (and recorded as such) for users who may see no complaint-level records.
    /// </summary>
    /// <exception cref="ArgumentException">The filter is out of range (page size, dates, token): validate user input first.</exception>
    public async Task<ComplaintListResult> ListAsync(UserAccess user, ComplaintListFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(filter);
        if (ComplaintAccessPolicy.Refusal(user) is { } refusal)
        {
            await recorder.RecordListingAsync(user, allowed: false, 0, cancellationToken).ConfigureAwait(false);
            return new ComplaintListResult(refusal, ComplaintPage.Empty);
        }

        var query = new ComplaintListQuery(
            user.Agency!.Jurisdictions, filter.From, filter.To, filter.SubjectCode, filter.MerchantKey, filter.PageSize, filter.ContinuationToken);
        var page = await store.ListAsync(query, cancellationToken).ConfigureAwait(false);

        // The store selects by code prefix; the policy decides by the gazetteer. They agree (a test checks every region
        // pair), and a row they disagree on is dropped rather than shown.
        var shown = page.Items.Where(c => policy.Jurisdictional(user, c).Allowed).ToList();
        if (shown.Count != page.Items.Count)
        {
            LogRowsOutsideJurisdiction(logger, page.Items.Count - shown.Count);
        }

        await recorder.RecordListingAsync(user, allowed: true, shown.Count, cancellationToken).ConfigureAwait(false);
        return new ComplaintListResult(null, shown.Count == page.Items.Count ? page : page with { Items = shown });
    }

    /// <summary>
    /// Opens one complaint's record for <paramref name="purpose"/>. The attempt is recorded, allowed or not, before
    /// anything is returned. An unknown identity is denied exactly like a complaint outside the jurisdiction, so the
    /// answer never tells whether a complaint exists.
    /// </summary>
    public async Task<ComplaintViewResult> ViewAsync(
        UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(sourceCaseId);
        Complaint? complaint = null;
        var decision = ComplaintAccessPolicy.Refusal(user);
        if (decision is null)
        {
            complaint = await store.FindAsync(source, sourceCaseId, cancellationToken).ConfigureAwait(false);
            decision = complaint is null
                ? ComplaintAccessDecision.Deny(ComplaintAccessReason.NotFound)
                : await policy.DecideAsync(user, complaint, cancellationToken).ConfigureAwait(false);
        }

        await recorder.RecordAsync(user, source, sourceCaseId, purpose, decision.Allowed, cancellationToken).ConfigureAwait(false);
        return new ComplaintViewResult(decision, decision.Allowed ? complaint : null);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A complaint listing returned {Count} complaints outside the user's jurisdiction; they were not shown. The store's region selection disagrees with the gazetteer.")]
    private static partial void LogRowsOutsideJurisdiction(ILogger logger, int count);
}
