namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>A platform complaint type of the <c>platform-complaint-type</c> crosswalk.</summary>
/// <param name="Label">The crosswalk label, e.g. 发货延迟.</param>
/// <param name="Issue">Index into <see cref="IssueCodes.Codes"/> the crosswalk maps it to.</param>
/// <param name="Problem">Which narrative bank describes it.</param>
/// <param name="GoodsWeight">Relative frequency for goods categories.</param>
/// <param name="ServicesWeight">Relative frequency for service categories.</param>
/// <param name="PromoBoost">Multiplier during the Double-11 and 618 after-sales surges.</param>
internal sealed record ComplaintType(string Label, int Issue, ProblemKind Problem, double GoodsWeight, double ServicesWeight, double PromoBoost = 1);
