using System.Collections.ObjectModel;
using Microsoft.Azure.Cosmos;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The containers, their partition keys and indexing policies (the design and its reasons: docs/cosmos-partitioning.md;
/// infra/modules/cosmos.bicep declares the same for Azure).
/// </summary>
internal static class CosmosContainers
{
    public const string Complaints = "complaints";
    public const string CrossChannelMarkers = "crossChannelMarkers";
    public const string Quarantine = "quarantine";
    public const string Referrals = "referrals";
    public const string Audit = "audit";
    public const string Leases = "leases";
    public const string Accounts = "accounts";
    public const string ApiTokens = "apiTokens";
    public const string StatisticsDefinitions = "statisticsDefinitions";
    public const string Exports = "exports";

    /// <summary>Every container the adapter creates, in creation order.</summary>
    public static IReadOnlyList<ContainerProperties> All { get; } =
    [
        // Hierarchical key (source, bucket): point reads by source + case id, writes spread over every bucket of every
        // feed. Indexed: what the summary aggregates on, and what complaint listings by jurisdiction filter on
        // (regions by STARTSWITH, subject, merchant) and sort by (day, then store order, newest first: a composite
        // index). Analytics read the change feed, not queries.
        Define(
            Complaints, ["/source", "/bucket"], ["/date/?", "/seq/?", "/region/?", "/merchant/region/?", "/merchant/key/?", "/subject/?"],
            compositeIndex: [("/date", CompositePathSortOrder.Descending), ("/seq", CompositePathSortOrder.Descending)]),

        // One marker per complainant, merchant and day: the first complaint claims it with a create. Partitioned by a
        // hash bucket of the complainant (as many buckets as the complaints have), so one store batch's markers fall
        // into a few partitions and are created a partition at a time in transactional batches. Creates and point
        // reads only, so nothing is indexed; markers expire after a week (the check is same-day).
        Define(CrossChannelMarkers, ["/bucket"], [], defaultTtl: (int)TimeSpan.FromDays(7).TotalSeconds),

        // By reason: counts per reason are single-partition queries; listing the newest crosses partitions but is an
        // operator's page, not a hot path.
        Define(Quarantine, ["/reason"], ["/pos/?"]),

        // One referral one partition: reads and the etag-checked replace of an action are single-partition. Listings
        // (inbox, outbox, by merchant or complaint) cross partitions: referrals are few (thousands per agency and year),
        // so a fan-out over a small container costs less than keeping a second copy per agency in step. The composite
        // index serves the newest-first order with its id tie-break.
        Define(
            Referrals,
            ["/id"],
            ["/toAgency/?", "/fromAgency/?", "/merchantKey/?", "/open/?", "/state/?", "/updatedMs/?", "/complaintSource/?", "/complaintCaseId/?", "/pending/?"],
            compositeIndex: [("/updatedMs", CompositePathSortOrder.Descending), ("/id", CompositePathSortOrder.Descending)]),

        // The audit trail is one hash chain, a total order: every entry and the head checkpoint share one logical
        // partition (/chain = "main") because the append's transactional batch (entry + etag-guarded head) can only
        // span one partition. A logical partition holds at most 20 GB (~20 million entries of ~1 KB) and serves up to
        // 10,000 RU/s: ample for access logging; nearer the limit a new chain value would start (see CosmosAuditTrail).
        Define(Audit, ["/chain"], ["/sequence/?", "/actor/?", "/agency/?", "/action/?", "/target/?", "/at/?"]),

        // Coordination state by id: change-feed checkpoints, the complaint sequence, layout and metadata. Point operations only.
        Define(Leases, ["/id"], []),

        // Local accounts and their user-name claims by id: sign-in is point reads; only the listing filters, on type.
        Define(Accounts, ["/id"], ["/type/?"]),

        // Personal API tokens under id = the SHA-256 hash of their secret, partitioned by it: checking a request's token
        // is one point read. Listing by owner and revoking or touching by token id are small fan-out queries.
        Define(ApiTokens, ["/id"], ["/owner/?", "/tokenId/?"]),

        // Saved statistics definitions and the export history, by owner: one analyst's definitions or exports are one
        // partition, so every call is single-partition and scoped to its owner. A definition's document id is a hash of
        // its name (names unique per owner); the history's composite index serves the newest-first listing.
        Define(StatisticsDefinitions, ["/owner"], ["/definitionId/?"]),
        Define(
            Exports, ["/owner"], ["/generatedAt/?"],
            compositeIndex: [("/generatedAt", CompositePathSortOrder.Descending), ("/id", CompositePathSortOrder.Descending)]),
    ];

    private static ContainerProperties Define(
        string id, IReadOnlyList<string> partitionKeyPaths, IReadOnlyList<string> indexedPaths, int? defaultTtl = null,
        IReadOnlyList<(string Path, CompositePathSortOrder Order)>? compositeIndex = null)
    {
        var properties = partitionKeyPaths.Count == 1
            ? new ContainerProperties(id, partitionKeyPaths[0])
            : new ContainerProperties(id, new Collection<string>([.. partitionKeyPaths]));
        properties.DefaultTimeToLive = defaultTtl;

        // Lean indexing: exclude everything, include only what a query filters or sorts on. Each excluded path is
        // request units saved on every write.
        properties.IndexingPolicy = new IndexingPolicy { Automatic = true, IndexingMode = IndexingMode.Consistent };
        properties.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        foreach (var path in indexedPaths)
        {
            properties.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = path });
        }

        if (compositeIndex is not null)
        {
            properties.IndexingPolicy.CompositeIndexes.Add(new Collection<CompositePath>([.. compositeIndex.Select(p => new CompositePath { Path = p.Path, Order = p.Order })]));
        }

        return properties;
    }
}
