namespace RegulatorHub.Application.Access;

/// <summary>
/// Port: where complaint-level access is recorded (the audit trail plugs in here). Called for every attempt to open a
/// complaint's record, allowed or not, after the user stated a purpose, and for every listing. Implementations must
/// not fail silently: an exception fails the request, so nothing is shown that was not recorded.
/// </summary>
public interface IComplaintViewRecorder
{
    /// <summary>Records an attempt to view one complaint.</summary>
    /// <param name="user">Who asked.</param>
    /// <param name="source">The complaint's source, as asked for.</param>
    /// <param name="sourceCaseId">The case id, as asked for (it may name no complaint when <paramref name="allowed"/> is false).</param>
    /// <param name="purpose">The purpose the user stated.</param>
    /// <param name="allowed">Whether the record was shown.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordAsync(UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, bool allowed, CancellationToken cancellationToken);

    /// <summary>Records a listing of complaints in the user's jurisdiction.</summary>
    /// <param name="user">Who asked.</param>
    /// <param name="allowed">Whether a list was shown.</param>
    /// <param name="shown">How many complaints the page showed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RecordListingAsync(UserAccess user, bool allowed, int shown, CancellationToken cancellationToken);
}
