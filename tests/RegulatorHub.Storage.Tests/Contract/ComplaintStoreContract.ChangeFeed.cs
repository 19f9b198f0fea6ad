using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>The change-feed part of the storage contract: what the analytics store relies on to load and catch up.</summary>
public abstract partial class ComplaintStoreContract
{
    [Fact]
    public async Task ChangeFeed_EmptyStore_IsCaughtUpWithNothing()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var page = await fixture.ChangeFeed.ReadAsync(null, 100, CancellationToken.None);

        Assert.Empty(page.Facts);
        Assert.True(page.CaughtUp);
    }

    [Fact]
    public async Task ChangeFeed_FromBeginning_ReturnsEachStoredComplaintOnceWithItsDimensions()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var complaint = Complaints.Make("A", new DateOnly(2025, 4, 1), "services.tourism", "440106", "乙店") with { Platform = "tiangou", Channel = ComplaintChannel.Web };
        await fixture.Complaints.AddAsync([complaint, Complaints.Make("B"), complaint], CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("B")], CancellationToken.None);

        var facts = await ReadAllAsync(fixture.ChangeFeed, null, 100);

        Assert.Equal(2, facts.Facts.Count);
        var fact = Assert.Single(facts.Facts, f => f.SubjectCode == "services.tourism");
        Assert.Equal(
            new ComplaintFact(new DateOnly(2025, 4, 1), "services.tourism", "quality", "440106", complaint.Merchant!.Key.Value, "乙店", "tiangou", ComplaintChannel.Web, "12315-zj", complaint.ComplainantPseudonym),
            fact);
    }

    [Fact]
    public async Task ChangeFeed_SmallPages_ReturnEveryFactOnceWithinTheLimit()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync([.. Enumerable.Range(1, 7).Select(i => Complaints.Make($"P-{i}", subject: $"s.{i}", complainant: null))], CancellationToken.None);

        var subjects = new List<string>();
        string? checkpoint = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await fixture.ChangeFeed.ReadAsync(checkpoint, 3, CancellationToken.None);
            Assert.InRange(page.Facts.Count, 0, 3);
            subjects.AddRange(page.Facts.Select(f => f.SubjectCode));
            checkpoint = page.Checkpoint;
            if (page.CaughtUp)
            {
                break;
            }
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"s.{i}").Order(), subjects.Order());
    }

    [Fact]
    public async Task ChangeFeed_RestartedReaderFromCheckpoint_SeesExactlyTheNewComplaints()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync([.. Enumerable.Range(1, 5).Select(i => Complaints.Make($"OLD-{i}", subject: "old", complainant: null))], CancellationToken.None);
        var first = await ReadAllAsync(fixture.ChangeFeed, null, 2);

        // A new process: only the persisted checkpoint survives.
        var restarted = fixture.NewChangeFeedReader();
        await fixture.Complaints.AddAsync([.. Enumerable.Range(1, 3).Select(i => Complaints.Make($"NEW-{i}", subject: $"new.{i}", complainant: null))], CancellationToken.None);
        var second = await ReadAllAsync(restarted, first.Checkpoint, 2);
        var third = await restarted.ReadAsync(second.Checkpoint, 10, CancellationToken.None);

        Assert.Equal(5, first.Facts.Count);
        Assert.Equal(["new.1", "new.2", "new.3"], second.Facts.Select(f => f.SubjectCode).Order());
        Assert.Empty(third.Facts);
        Assert.True(third.CaughtUp);
    }

    [Fact]
    public async Task ChangeFeed_NegativeOrZeroPageSize_IsRefusedNamingTheParameter()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => fixture.ChangeFeed.ReadAsync(null, 0, CancellationToken.None));

        Assert.Equal("maxItems", error.ParamName);
    }

    /// <summary>Reads pages of <paramref name="pageSize"/> until caught up; fails rather than loop for ever.</summary>
    protected static async Task<(List<ComplaintFact> Facts, string? Checkpoint)> ReadAllAsync(IComplaintChangeFeed feed, string? checkpoint, int pageSize)
    {
        var facts = new List<ComplaintFact>();
        for (var pages = 0; pages < 10_000; pages++)
        {
            var page = await feed.ReadAsync(checkpoint, pageSize, CancellationToken.None);
            facts.AddRange(page.Facts);
            checkpoint = page.Checkpoint;
            if (page.CaughtUp)
            {
                return (facts, checkpoint);
            }
        }

        throw new InvalidOperationException("The change feed never reported being caught up.");
    }
}
