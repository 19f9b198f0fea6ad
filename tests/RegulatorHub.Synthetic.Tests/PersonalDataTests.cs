using System.Text.RegularExpressions;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed partial class PersonalDataTests(SampleFixture sample)
{
    private IEnumerable<EmbeddedPersonalData> All => sample.Items.SelectMany(i => i.PersonalData);

    [Fact]
    public void Generate_100kSample_NarrativesBetween60And200Characters()
    {
        Assert.All(sample.Items, i => Assert.InRange(i.Message.Narrative!.Length, 60, 200));
        Assert.True(sample.Items.Select(i => i.Message.Narrative).Distinct(StringComparer.Ordinal).Count() > 0.98 * sample.Items.Count(i => !i.IsResend));
    }

    [Fact]
    public void Generate_100kSample_AboutSixtyPercentEmbedPersonalData()
    {
        var share = sample.Items.Count(i => i.PersonalData.Count > 0) / (double)sample.Items.Count;

        Assert.InRange(share, 0.55, 0.65);
    }

    [Fact]
    public void Generate_100kSample_EveryRecordedValueAppearsInItsNarrative()
    {
        Assert.All(sample.Items, i =>
        {
            foreach (var p in i.PersonalData)
            {
                Assert.Contains(p.Value, i.Message.Narrative!, StringComparison.Ordinal);
            }

            foreach (var l in i.LookAlikes)
            {
                Assert.Contains(l.Value, i.Message.Narrative!, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Generate_100kSample_EveryKindOfPersonalDataOccurs()
    {
        var kinds = All.Select(p => p.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<PersonalDataKind>().Length, kinds.Count);
    }

    [Fact]
    public void Generate_100kSample_ResidentIdsHaveValidCheckCharacters()
    {
        var ids = All.Where(p => p.Kind == PersonalDataKind.ResidentId).Select(p => p.Value).ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id =>
        {
            Assert.True(Checks.IsValidResidentId(id), id);
            Assert.True(RegulatorHub.Domain.Regions.RegionGazetteer.Default.TryGet(id[..6], out _), $"{id}: region {id[..6]} is not a gazetteer code");
            var birth = DateOnly.ParseExact(id.Substring(6, 8), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(birth.Year, 1950, 2007);
        });
    }

    [Fact]
    public void Generate_100kSample_BankCardsAreLuhnValidUnionPay()
    {
        var cards = All.Where(p => p.Kind == PersonalDataKind.BankCard).Select(p => Checks.DigitsOnly(p.Value)).ToList();

        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            Assert.InRange(card.Length, 16, 19);
            Assert.StartsWith("62", card, StringComparison.Ordinal);
            Assert.True(Checks.PassesLuhn(card), card);
        });
        Assert.Contains(cards, c => c.Length == 19);
    }

    [Fact]
    public void Generate_100kSample_MobilesAreValidAndVariouslyWritten()
    {
        var mobiles = All.Where(p => p.Kind == PersonalDataKind.Mobile).Select(p => p.Value).ToList();

        Assert.All(mobiles, m => Assert.Matches(MobilePattern(), m));
        Assert.Contains(mobiles, m => m.StartsWith("+86", StringComparison.Ordinal));
        Assert.Contains(mobiles, m => m.Contains('-', StringComparison.Ordinal));
        Assert.Contains(mobiles, m => m.Contains(' ', StringComparison.Ordinal) && !m.StartsWith('+'));
    }

    [Fact]
    public void Generate_100kSample_DigitsTouchChineseCharacters()
    {
        // "电话13812345678": a \b-based recognizer would miss these, so the sample must contain them.
        var touching = sample.Items.Count(i => i.PersonalData.Any(p =>
            p.Kind == PersonalDataKind.Mobile && char.IsAsciiDigit(p.Value[0]) && IsCjkBefore(i.Message.Narrative!, p.Value)));

        Assert.True(touching > 1_000, $"{touching} mobiles directly after a Chinese character");
    }

    [Fact]
    public void Generate_100kSample_OtherFormatsLookRight()
    {
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.Landline), p => Assert.Matches(LandlinePattern(), p.Value));
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.Email), p => Assert.Matches(EmailPattern(), p.Value));
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.QQ), p => Assert.Matches(QqPattern(), p.Value));
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.LicencePlate), p => Assert.Matches(PlatePattern(), p.Value));
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.Name), p => Assert.InRange(p.Value.Length, 2, 5));
        Assert.All(All.Where(p => p.Kind == PersonalDataKind.Address), p => Assert.Matches(AddressPattern(), p.Value));
    }

    [Fact]
    public void Generate_100kSample_LookAlikesAreNotPersonalData()
    {
        var lookAlikes = sample.Items.SelectMany(i => i.LookAlikes).ToList();
        var personal = All.Select(p => p.Value).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(lookAlikes, l => l.Kind == LookAlikeKind.OrderNumber);
        Assert.Contains(lookAlikes, l => l.Kind == LookAlikeKind.Amount);
        Assert.Contains(lookAlikes, l => l.Kind == LookAlikeKind.Date);
        Assert.Contains(lookAlikes, l => l.Kind == LookAlikeKind.CreditCode);
        Assert.DoesNotContain(lookAlikes, l => personal.Contains(l.Value));
    }

    private static bool IsCjkBefore(string narrative, string value)
    {
        var index = narrative.IndexOf(value, StringComparison.Ordinal);
        return index > 0 && narrative[index - 1] >= '\u4E00' && narrative[index - 1] <= '\u9FFF';
    }

    [GeneratedRegex(@"^(\+86[ -]?|0086)?1[3-9]\d([ -]?)\d{4}\2\d{4}$")]
    private static partial Regex MobilePattern();

    [GeneratedRegex(@"^(0\d{2,3}[- ]|\(0\d{2,3}\))[2-8]\d{6,7}$")]
    private static partial Regex LandlinePattern();

    [GeneratedRegex(@"^[a-z0-9._]+@[a-z0-9-]+(\.[a-z]+)+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[1-9]\d{4,10}$")]
    private static partial Regex QqPattern();

    [GeneratedRegex(@"^[\u4E00-\u9FFF][A-HJ-NP-Z]·?[DF]?[0-9A-HJ-NP-Z]{5}$")]
    private static partial Regex PlatePattern();

    [GeneratedRegex(@"^[\u4E00-\u9FFF].*(室|号|\d)$")]
    private static partial Regex AddressPattern();
}
