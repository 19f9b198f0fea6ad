using System.Security.Cryptography;

namespace RegulatorHub.Exports;

/// <summary>
/// A write-only stream that passes every byte on to an inner stream and hashes it (SHA-256) on the way, so a file
/// streamed to a client can be recorded with the hash of exactly what was sent without being held or read back.
/// </summary>
/// <remarks>
/// The inner stream is left open. Flushes pass through. After the last write, <see cref="HashHex"/> gives the hash;
/// writing after that is refused (<see cref="InvalidOperationException"/>), since the hash would no longer describe the bytes.
/// </remarks>
public sealed class HashingWriteStream : Stream
{
    private readonly Stream _inner;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hex;
    private long _written;

    /// <summary>Wraps <paramref name="inner"/>, which must be writable.</summary>
    /// <exception cref="ArgumentException"><paramref name="inner"/> cannot be written.</exception>
    public HashingWriteStream(Stream inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!inner.CanWrite)
        {
            throw new ArgumentException("The inner stream must be writable.", nameof(inner));
        }

        _inner = inner;
    }

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten => _written;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => _hex is null;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>
    /// The SHA-256 of every byte written, as 64 lower-case hex digits. The first call ends hashing; later calls
    /// return the same value.
    /// </summary>
    public string HashHex()
    {
        _hex ??= Convert.ToHexStringLower(_hash.GetHashAndReset());
        return _hex;
    }

    /// <inheritdoc />
    public override void Flush() => _inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        Write(buffer.AsSpan(offset, count));
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Append(buffer);
        _inner.Write(buffer);
    }

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        ValidateBufferArguments(buffer, offset, count);
        return WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Append(buffer.Span);
        return _inner.WriteAsync(buffer, cancellationToken);
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    // Hashed before the inner write: if that write fails the export fails, and its hash is never recorded.
    private void Append(ReadOnlySpan<byte> buffer)
    {
        if (_hex is not null)
        {
            throw new InvalidOperationException("The hash was already taken: bytes written now would not be in it.");
        }

        _hash.AppendData(buffer);
        _written += buffer.Length;
    }
}
