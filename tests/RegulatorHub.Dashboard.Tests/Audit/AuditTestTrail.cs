using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Testing.Audit;

namespace RegulatorHub.Dashboard.Tests.Audit;

/// <summary>An in-memory trail under a test key, with a writer on a clock that stands still.</summary>
internal sealed class AuditTestTrail
{
    public static readonly DateTimeOffset Now = new(2026, 6, 30, 2, 0, 0, TimeSpan.Zero);

    private static readonly byte[] s_key = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];

    public AuditTestTrail()
    {
        Chain = new AuditChain(s_key);
        Trail = new InMemoryAuditTrail(Chain);
        Clock = new ManualClock(Now);
        Writer = new AuditWriter(Trail, Clock);
        Verifier = new AuditVerifier(Trail, Chain);
    }

    public AuditChain Chain { get; }

    public InMemoryAuditTrail Trail { get; }

    public ManualClock Clock { get; }

    public AuditWriter Writer { get; }

    public AuditVerifier Verifier { get; }
}
