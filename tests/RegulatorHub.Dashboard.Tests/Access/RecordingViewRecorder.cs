using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Keeps what was recorded, for assertions.</summary>
public sealed class RecordingViewRecorder : IComplaintViewRecorder
{
    public List<(string? Account, string Source, string CaseId, ComplaintViewPurpose Purpose, bool Allowed)> Views { get; } = [];

    public List<(string? Account, bool Allowed, int Shown)> Listings { get; } = [];

    public Task RecordAsync(UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, bool allowed, CancellationToken cancellationToken)
    {
        Views.Add((user.AccountId, source, sourceCaseId, purpose, allowed));
        return Task.CompletedTask;
    }

    public Task RecordListingAsync(UserAccess user, bool allowed, int shown, CancellationToken cancellationToken)
    {
        Listings.Add((user.AccountId, allowed, shown));
        return Task.CompletedTask;
    }
}
