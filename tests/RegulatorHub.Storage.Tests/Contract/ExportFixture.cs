using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>One empty store of some adapter with its export source over the same data.</summary>
/// <param name="Complaints">The complaint store (to fill, and to list for comparison).</param>
/// <param name="Export">The export source.</param>
/// <param name="Lifetime">Disposes everything the fixture made.</param>
public sealed record ExportFixture(IComplaintStore Complaints, IComplaintExportSource Export, IAsyncDisposable Lifetime);
