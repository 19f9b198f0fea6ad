using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.World;

/// <summary>Derives <see cref="Person"/> records from pool indices; the same seed and index always give the same person.</summary>
internal sealed class PersonFactory
{
    /// <summary>Birth dates run from 1950-01-01 over 57 years, so every complainant is an adult in the 2020s.</summary>
    public static readonly DateOnly BirthEpoch = new(1950, 1, 1);

    private static readonly AliasTable s_surnames = BuildSurnames();
    private readonly ulong _seed;
    private readonly RegionTable _regions;
    private readonly Xoshiro256 _rng = new(0);

    public PersonFactory(ulong seed, RegionTable regions)
    {
        _seed = seed;
        _regions = regions;
    }

    public void Fill(int index, ref Person person)
    {
        var rng = _rng;
        rng.Reseed(Xoshiro256.Mix(_seed, (ulong)index, 0x5045_5253_4F4EUL));
        person.Index = index;
        person.Unit = _regions.SampleConsumerUnit(rng);
        person.Female = rng.Chance(0.5);
        person.Surname = s_surnames.Sample(rng);
        var chars = person.Female ? NameBank.FemaleChars : NameBank.MaleChars;
        var twoChars = rng.Chance(0.72);
        person.Given1 = twoChars && rng.Chance(0.3) ? rng.Pick(NameBank.NeutralChars) : rng.Pick(chars);
        person.Given2 = twoChars ? rng.Pick(chars) : null;
        person.MobilePrefix = rng.NextInt(Identifiers.MobilePrefixes.Length);
        person.MobileTail = rng.NextInt(100_000_000);

        // Most people were born where they live; a quarter moved (migrant workers, students).
        person.BirthUnit = rng.Chance(0.75) ? person.Unit : _regions.SampleConsumerUnit(rng);
        person.BirthDays = rng.NextInt(57 * 365);
        person.IdSequence = (rng.NextInt(500) * 2) + (person.Female ? 0 : 1); // odd for men, even for women (GB 11643)
        person.BankBin = rng.NextInt(Identifiers.BankBins.Length);
        var lengthRoll = rng.NextDouble();
        person.BankLength = lengthRoll < 0.7 ? 19 : lengthRoll < 0.95 ? 16 : lengthRoll < 0.98 ? 18 : 17;
        person.BankBody = rng.NextLong(1_000_000_000_000L);
        person.QQ = 10_000L + rng.NextLong(rng.Chance(0.7) ? 3_000_000_000L : 90_000_000L);
        person.WeChatStyle = rng.NextInt(4);
        person.WeChatNumber = rng.NextInt(1_000_000);
        person.MailDomain = rng.NextInt(NameBank.MailDomains.Length);
        person.MailStyle = rng.NextInt(3);
        person.MailNumber = rng.NextInt(10_000);
        person.Street = rng.NextInt(NameBank.Streets.Length);
        person.StreetNumber = 1 + rng.NextInt(888);
        person.Community = rng.NextInt(NameBank.Communities.Length);
        person.Building = 1 + rng.NextInt(32);
        person.UnitNumber = 1 + rng.NextInt(6);
        person.Room = ((1 + rng.NextInt(28)) * 100) + 1 + rng.NextInt(6);
        person.Town = rng.NextInt(NameBank.Towns.Length);
        person.Rural = rng.Chance(0.15);
        person.AreaCode = rng.NextInt(8);
        person.LandlineTail = rng.NextInt(10_000_000);
        person.PlateLetter = "ABCDEFGH"[rng.NextInt(8)];
        person.PlateBody = rng.NextInt(100_000);
        person.AccountSalt = rng.NextUInt64();
    }

    private static AliasTable BuildSurnames()
    {
        var weights = new double[NameBank.Surnames.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = NameBank.Surnames[i].Weight;
        }

        return new AliasTable(weights);
    }
}
