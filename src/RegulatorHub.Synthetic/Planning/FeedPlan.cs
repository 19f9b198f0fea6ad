using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.World;

namespace RegulatorHub.Synthetic.Planning;

/// <summary>
/// Exact message counts per day and kind, fixed before generation: the daily volume model with noise, outbreak
/// extras, duplicates and resends. Small (a few integers per day), so it is held whole.
/// </summary>
internal sealed class FeedPlan
{
    /// <summary>Day-to-day noise on top of the calendar shape (log-normal, 6%), besides Poisson-like noise.</summary>
    private const double DailyNoise = 0.06;

    public FeedPlan(SyntheticFeedOptions options, MerchantCatalog catalog, RegionTable regions)
    {
        Days = options.Days;
        Outbreaks = [.. OutbreakPlanner.Plan(options, catalog, regions)];
        var rng = new Xoshiro256(Xoshiro256.Mix((ulong)(uint)options.Seed, 0x504C_414EUL));

        long total = options.Complaints;
        var resends = (int)Math.Round(total * options.ResendShare);
        var duplicates = (int)Math.Round(total * options.CrossChannelDuplicateShare);
        var outbreakTotal = 0;
        var outbreakDaily = new int[Days];
        int outbreakHotline = 0, outbreakPlatform = 0;
        foreach (var o in Outbreaks)
        {
            for (var k = 0; k < o.Daily.Length; k++)
            {
                outbreakDaily[o.StartDay + k] += o.Daily[k];
            }

            var sum = o.Daily.Sum();
            outbreakTotal += sum;
            if (o.Platform)
            {
                outbreakPlatform += sum;
            }
            else
            {
                outbreakHotline += sum;
            }
        }

        var baseline = (int)(total - resends - duplicates - outbreakTotal);
        var hotlineBaseline = (int)Math.Round(baseline * (1 - options.PlatformShare));
        var platformBaseline = baseline - hotlineBaseline;

        var hotlineWeights = new double[Days];
        var platformWeights = new double[Days];
        for (var d = 0; d < Days; d++)
        {
            var day = options.Start.AddDays(d);
            var years = d / 365.25;
            hotlineWeights[d] = VolumeCalendar.Hotline(day) * Math.Exp(0.04 * years);
            platformWeights[d] = VolumeCalendar.Platform(day) * Math.Exp(0.10 * years);
        }

        HotlineBase = Allocation.Proportional(hotlineBaseline, Noisy(hotlineWeights, hotlineBaseline, rng));
        PlatformBase = Allocation.Proportional(platformBaseline, Noisy(platformWeights, platformBaseline, rng));

        // A duplicate repeats a hotline baseline complaint of its own day: at most one per such complaint.
        var dupWeights = new double[Days];
        for (var d = 0; d < Days; d++)
        {
            dupWeights[d] = HotlineBase[d];
        }

        Duplicates = Allocation.Proportional(duplicates, dupWeights, HotlineBase);
        var placedDuplicates = Duplicates.Sum();

        // A resend repeats one primary message of its day: at most one per primary.
        var primaries = new int[Days];
        var resendWeights = new double[Days];
        for (var d = 0; d < Days; d++)
        {
            primaries[d] = HotlineBase[d] + PlatformBase[d] + outbreakDaily[d];
            resendWeights[d] = primaries[d];
        }

        Resends = Allocation.Proportional(resends, resendWeights, primaries);
        var placedResends = Resends.Sum();

        // Whatever the caps left unplaced (tiny feeds only) becomes baseline, so the total stays exact.
        var leftover = (duplicates - placedDuplicates) + (resends - placedResends);
        if (leftover > 0)
        {
            var target = options.PlatformShare >= 1 ? PlatformBase : HotlineBase;
            var extra = Allocation.Proportional(leftover, target == PlatformBase ? platformWeights : hotlineWeights);
            for (var d = 0; d < Days; d++)
            {
                target[d] += extra[d];
            }
        }

        var hotlineTotal = HotlineBase.Sum();
        var platformTotal = PlatformBase.Sum();
        Summary = new SyntheticFeedSummary
        {
            Messages = options.Complaints,
            BaselineComplaints = hotlineTotal + platformTotal,
            OutbreakComplaints = outbreakTotal,
            CrossChannelDuplicates = placedDuplicates,
            Resends = placedResends,
            HotlineMessages = hotlineTotal + outbreakHotline + placedDuplicates,
            PlatformMessages = platformTotal + outbreakPlatform,
            Days = Days,
            Merchants = catalog.Merchants.Count,
            ComplainantPool = ComplainantPoolSize(options.Complaints),
            PopulationFromGazetteerData = regions.PopulationFromData,
        };
    }

    public int Days { get; }

    public OutbreakSpec[] Outbreaks { get; }

    public int[] HotlineBase { get; }

    public int[] PlatformBase { get; }

    public int[] Duplicates { get; }

    public int[] Resends { get; }

    public SyntheticFeedSummary Summary { get; }

    /// <summary>Three complainants for every four messages: most file once, some file again (repeat complainants).</summary>
    public static int ComplainantPoolSize(int complaints) => Math.Max(100, (int)(complaints * 0.75));

    private static double[] Noisy(double[] weights, long total, Xoshiro256 rng)
    {
        var sum = weights.Sum();
        var result = new double[weights.Length];
        for (var d = 0; d < weights.Length; d++)
        {
            var expected = total * weights[d] / sum;
            var value = (expected * Math.Exp((DailyNoise * rng.NextGaussian()) - (DailyNoise * DailyNoise / 2)))
                + (Math.Sqrt(expected) * rng.NextGaussian());
            result[d] = Math.Max(0, value);
        }

        // Only a feed far smaller than its day count can lose every day to noise; fall back to the plain shape.
        return result.Sum() > 0 ? result : weights;
    }
}
