namespace RegulatorHub.Application.Referrals;

/// <summary>What a referral store did with a write.</summary>
public enum ReferralWriteStatus
{
    /// <summary>The referral was new and is now stored.</summary>
    Created,

    /// <summary>A referral with that id is already stored; nothing was written.</summary>
    AlreadyExists,

    /// <summary>The referral replaced the stored version it was based on.</summary>
    Saved,

    /// <summary>The stored version is not the one the write was based on; nothing was written.</summary>
    Conflict,

    /// <summary>No referral with that id is stored; nothing was written.</summary>
    NotFound,
}
