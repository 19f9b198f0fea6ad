namespace RegulatorHub.Domain.Taxonomy;

/// <summary>One class on one axis of the taxonomy.</summary>
/// <param name="Code">Stable code, e.g. <c>goods.food</c> or <c>quality</c>; never renamed once published.</param>
/// <param name="Axis">Which axis the class belongs to.</param>
/// <param name="Group">For subjects, <c>goods</c> or <c>services</c>; empty for issues.</param>
/// <param name="NameZh">zh-CN label.</param>
/// <param name="NameEn">English label.</param>
public sealed record TaxonomyEntry(string Code, TaxonomyAxis Axis, string Group, string NameZh, string NameEn)
{
    /// <summary>The label in the requested language: Chinese for any <c>zh</c> culture, English otherwise.</summary>
    public string NameFor(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? NameZh : NameEn;
}
