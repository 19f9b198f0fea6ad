namespace RegulatorHub.Application.Configuration;

/// <summary>Configuration section <c>Seed</c>: the synthetic dataset loaded into an empty embedded store.</summary>
public sealed class SeedOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Seed";

    /// <summary><c>Seed:OnFirstStart</c>: seed when the store has never been seeded and is empty.</summary>
    public bool OnFirstStart { get; set; } = true;

    /// <summary><c>Seed:Complaints</c>: how many complaints to generate (1–50,000,000).</summary>
    public int Complaints { get; set; } = 500_000;

    /// <summary><c>Seed:RandomSeed</c>: generator seed; the same seed gives the same dataset.</summary>
    public int RandomSeed { get; set; } = 2315;

    /// <summary><c>Seed:Years</c>: how many years of history end at <see cref="EndDate"/> (1–20).</summary>
    public int Years { get; set; } = 3;

    /// <summary><c>Seed:EndDate</c>: last day of the dataset; default today (fixed in the store at first seeding).</summary>
    public DateOnly? EndDate { get; set; }
}
