using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>One empty store of some adapter, with its ports.</summary>
/// <param name="Complaints">The complaint store.</param>
/// <param name="Quarantine">The quarantine.</param>
/// <param name="Statistics">Counts by dimension.</param>
/// <param name="ChangeFeed">The store's change feed.</param>
/// <param name="NewChangeFeedReader">A change-feed reader as a restarted process would have it: new connection, no state.</param>
/// <param name="Lifetime">Disposes everything the fixture made.</param>
public sealed record StorageFixture(
    IComplaintStore Complaints,
    IQuarantineStore Quarantine,
    IComplaintStatistics Statistics,
    IComplaintChangeFeed ChangeFeed,
    Func<IComplaintChangeFeed> NewChangeFeedReader,
    IAsyncDisposable Lifetime);
