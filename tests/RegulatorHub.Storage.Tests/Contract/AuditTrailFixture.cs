using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>One empty audit trail of some adapter, with a way to tamper with its store.</summary>
/// <param name="Trail">The trail.</param>
/// <param name="Tamper">Raw access to the same store.</param>
/// <param name="Lifetime">Disposes everything the fixture made.</param>
public sealed record AuditTrailFixture(IAuditTrail Trail, IAuditStoreTamperer Tamper, IAsyncDisposable Lifetime);
