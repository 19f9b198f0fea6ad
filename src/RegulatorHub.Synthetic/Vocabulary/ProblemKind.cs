namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>What went wrong, at the grain narratives are written in (finer than the taxonomy's issue codes).</summary>
internal enum ProblemKind
{
    Quality,
    AfterSales,
    Contract,
    FalseAdvertising,
    Price,
    Safety,
    Counterfeit,
    Measurement,
    Dignity,
    PersonalInfo,
    Other,
    Delivery,
    Logistics,
    Refund,
    NotAsDescribed,
    PromoFraud,
    AutoRenewal,
    HiddenCharges,
    PrepaidCard,
    FoodSafety,
}
