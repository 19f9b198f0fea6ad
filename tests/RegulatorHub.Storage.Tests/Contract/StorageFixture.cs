using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>One empty store of some adapter, with its three ports.</summary>
public sealed record StorageFixture(IComplaintStore Complaints, IQuarantineStore Quarantine, IComplaintStatistics Statistics, IAsyncDisposable Lifetime);
