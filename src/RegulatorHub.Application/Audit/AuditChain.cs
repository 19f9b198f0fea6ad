using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// Links audit entries into a keyed hash chain and checks the links. Pure: no I/O, no clock.
/// </summary>
/// <remarks>
/// <para>
/// <b>Canonical bytes</b> of an entry (version 1): a sequence of fields, each written as a 4-byte big-endian length
/// followed by that many bytes of UTF-8, or the length <c>0xFFFFFFFF</c> and no bytes for an absent (null) field. The
/// fields, in this order: the format tag <c>regulatorhub-audit-v1</c>; the sequence in decimal digits; the time as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c> in UTC (all seven fraction digits, so every tick counts); actor; agency id; role;
/// the action's <b>name</b>; target; outcome; purpose; detail. Nothing depends on the culture, and the length prefixes
/// keep field boundaries unambiguous ("ab" + "c" never equals "a" + "bc").
/// </para>
/// <para>
/// <b>Hash</b> = lower-case hex of HMAC-SHA-256(key, UTF-8(previous hash) ‖ canonical bytes), where the previous hash is
/// the preceding entry's hash (hex text) and <see cref="GenesisHash"/> (64 zeros) for entry 1. Because the key is
/// needed to produce a matching hash, someone who can rewrite the store but does not hold the key cannot edit an
/// entry and re-hash it (with plain SHA-256 or a guessed key) so that it still verifies.
/// </para>
/// </remarks>
public sealed class AuditChain
{
    /// <summary>The previous hash of entry 1: 64 zeros.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinKeyBytes = 32;

    private const string FormatTag = "regulatorhub-audit-v1";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly byte[] _key;

    /// <summary>Creates the chain with its HMAC key.</summary>
    /// <param name="key">At least <see cref="MinKeyBytes"/> bytes; copied.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinKeyBytes"/>.</exception>
    public AuditChain(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The audit key must be at least {MinKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The entry that follows <paramref name="head"/> (or starts the chain when it is null).</summary>
    public AuditEntry Next(AuditHead? head, AuditRecord record) =>
        head is null ? Link(1, GenesisHash, record) : Link(head.Sequence + 1, head.Hash, record);

    /// <summary>Builds entry <paramref name="sequence"/> from <paramref name="record"/>, linked to <paramref name="previousHash"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequence"/> is less than 1.</exception>
    public AuditEntry Link(long sequence, string previousHash, AuditRecord record)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentException.ThrowIfNullOrEmpty(previousHash);
        ArgumentNullException.ThrowIfNull(record);
        var unhashed = new AuditEntry(
            sequence, record.At, record.Actor, record.AgencyId, record.Role, record.Action, record.Target, record.Outcome,
            record.Purpose, record.Detail, previousHash, Hash: string.Empty);
        return unhashed with { Hash = ComputeHash(unhashed) };
    }

    /// <summary>The hash <paramref name="entry"/> should carry, computed from its own fields and previous hash.</summary>
    public string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var previous = Encoding.UTF8.GetBytes(entry.PreviousHash);
        var canonical = CanonicalBytes(entry);
        var message = new byte[previous.Length + canonical.Length];
        previous.CopyTo(message, 0);
        canonical.CopyTo(message, previous.Length);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }

    /// <summary>Whether <paramref name="entry"/>'s hash matches its content and previous hash.</summary>
    public bool IsConsistent(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var expected = Encoding.ASCII.GetBytes(ComputeHash(entry));
        var actual = Encoding.UTF8.GetBytes(entry.Hash);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    /// <summary>The canonical bytes of <paramref name="entry"/> (see the remarks); the hashes are not part of them.</summary>
    public static byte[] CanonicalBytes(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string?[] fields =
        [
            FormatTag,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
            entry.Actor,
            entry.AgencyId,
            entry.Role,
            AuditActionName.Of(entry.Action),
            entry.Target,
            entry.Outcome,
            entry.Purpose,
            entry.Detail,
        ];

        var size = fields.Sum(f => 4 + (f is null ? 0 : Encoding.UTF8.GetByteCount(f)));
        var bytes = new byte[size];
        var position = 0;
        foreach (var field in fields)
        {
            if (field is null)
            {
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(position), uint.MaxValue);
                position += 4;
                continue;
            }

            var written = Encoding.UTF8.GetBytes(field, bytes.AsSpan(position + 4));
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(position), (uint)written);
            position += 4 + written;
        }

        return bytes;
    }
}
