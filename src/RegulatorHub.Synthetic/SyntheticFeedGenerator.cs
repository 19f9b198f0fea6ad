using RegulatorHub.Synthetic.Generation;
using RegulatorHub.Synthetic.Planning;
using RegulatorHub.Synthetic.Vocabulary;
using RegulatorHub.Synthetic.World;

namespace RegulatorHub.Synthetic;

/// <summary>
/// A deterministic generator of realistic China-context complaint feeds (feed contract v1): 12315 hotlines of all 31
/// mainland provinces and five invented e-commerce platforms, with narratives that embed personal data, injected
/// outbreaks, resends and cross-channel duplicates.
/// </summary>
/// <remarks>
/// <para>Identical <see cref="SyntheticFeedOptions"/> give byte-identical output on every run and machine: all
/// randomness comes from an own xoshiro256** generator seeded from <see cref="SyntheticFeedOptions.Seed"/>, no hash
/// ordering or culture affects it.</para>
/// <para>The constructor decides everything that is not per message (merchants, outbreaks, exact daily counts), so
/// <see cref="Summary"/> and <see cref="Outbreaks"/> are known before generation. <see cref="Generate"/> streams messages
/// in chronological order holding one day's time slots in memory; each enumeration starts afresh and may run
/// concurrently with others.</para>
/// </remarks>
public sealed class SyntheticFeedGenerator
{
    private readonly RegionTable _regions;
    private readonly MerchantCatalog _catalog;
    private readonly FeedPlan _plan;

    /// <summary>Validates the options and plans the feed (about 0.1 s: merchants, outbreaks, daily counts).</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the parameter name is the property's.</exception>
    public SyntheticFeedGenerator(SyntheticFeedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _regions = RegionTable.Default;
        _catalog = new MerchantCatalog((ulong)(uint)options.Seed, options.Merchants, _regions);
        _plan = new FeedPlan(options, _catalog, _regions);
        Outbreaks = Array.AsReadOnly(_plan.Outbreaks.Select(o => o.Truth).ToArray());
    }

    /// <summary>The invented platforms, with their display names and initial shares.</summary>
    public static IReadOnlyList<SyntheticPlatform> Platforms { get; } = Array.AsReadOnly(PlatformCatalog.Platforms);

    public SyntheticFeedOptions Options { get; }

    /// <summary>Exact counts of what <see cref="Generate"/> yields.</summary>
    public SyntheticFeedSummary Summary => _plan.Summary;

    /// <summary>The injected outbreaks, in start order (ids <c>OB-001</c>, …).</summary>
    public IReadOnlyList<GroundTruthOutbreak> Outbreaks { get; }

    /// <summary>
    /// Streams exactly <see cref="SyntheticFeedOptions.Complaints"/> messages, ordered by
    /// <see cref="Feeds.V1.FeedMessage.ReceivedAt"/> (non-decreasing); a resend follows its original immediately.
    /// </summary>
    public IEnumerable<SyntheticComplaint> Generate()
    {
        var emitter = new FeedEmitter(Options, _plan, _catalog, _regions);
        foreach (var complaint in emitter.Run())
        {
            yield return complaint;
        }
    }
}
