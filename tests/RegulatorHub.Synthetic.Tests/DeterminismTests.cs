using System.Security.Cryptography;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

public sealed class DeterminismTests
{
    private static readonly SyntheticFeedOptions s_options = SyntheticFeedOptions.Default with { Complaints = 20_000, Seed = 7 };

    [Fact]
    public void Generate_SameOptions_IdenticalSerializedOutput()
    {
        var first = Fingerprint(new SyntheticFeedGenerator(s_options));
        var second = Fingerprint(new SyntheticFeedGenerator(s_options with { }));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_EnumeratedTwice_IdenticalSerializedOutput()
    {
        var generator = new SyntheticFeedGenerator(s_options);

        Assert.Equal(Fingerprint(generator), Fingerprint(generator));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentOutput()
    {
        var first = Fingerprint(new SyntheticFeedGenerator(s_options));
        var second = Fingerprint(new SyntheticFeedGenerator(s_options with { Seed = 8 }));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Outbreaks_SameOptions_Identical()
    {
        var first = new SyntheticFeedGenerator(s_options).Outbreaks;
        var second = new SyntheticFeedGenerator(s_options).Outbreaks;

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Generate_ConcurrentEnumerations_IdenticalOutput()
    {
        var generator = new SyntheticFeedGenerator(s_options);

        var fingerprints = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Fingerprint(generator))));

        Assert.All(fingerprints, f => Assert.Equal(fingerprints[0], f));
    }

    /// <summary>SHA-256 over every serialized message plus the ground truth that is not in the message.</summary>
    private static string Fingerprint(SyntheticFeedGenerator generator)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in generator.Generate())
        {
            hash.AppendData(FeedMessageSerializer.Serialize(item.Message));
            foreach (var personal in item.PersonalData)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(personal.Kind + personal.Value));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
