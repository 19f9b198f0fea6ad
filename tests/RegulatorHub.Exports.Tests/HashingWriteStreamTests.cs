using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Exports.Tests;

public sealed class HashingWriteStreamTests
{
    [Fact]
    public async Task HashHex_SyncAndAsyncWrites_HashOfEveryBytePassedOn()
    {
        var first = Encoding.UTF8.GetBytes("source,case_id\n");
        var second = Encoding.UTF8.GetBytes("12315-zj,杭州-1\n");
        using var inner = new MemoryStream();
        await using var hashing = new HashingWriteStream(inner);

        hashing.Write(first, 0, first.Length);
        await hashing.WriteAsync(second.AsMemory(), CancellationToken.None);
        await hashing.FlushAsync(CancellationToken.None);

        byte[] all = [.. first, .. second];
        Assert.Equal(all, inner.ToArray());
        Assert.Equal(all.Length, hashing.BytesWritten);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(all)), hashing.HashHex());
        Assert.Equal(hashing.HashHex(), hashing.HashHex());
    }

    [Fact]
    public async Task WriteAsync_AfterTheHashWasTaken_Throws()
    {
        using var inner = new MemoryStream();
        await using var hashing = new HashingWriteStream(inner);
        _ = hashing.HashHex();

        await Assert.ThrowsAsync<InvalidOperationException>(() => hashing.WriteAsync(new byte[] { 1 }.AsMemory(), CancellationToken.None).AsTask());
        Assert.Equal(0, inner.Length);
        Assert.False(hashing.CanWrite);
    }

    [Fact]
    public void Dispose_LeavesTheInnerStreamOpen()
    {
        using var inner = new MemoryStream();

        new HashingWriteStream(inner).Dispose();

        Assert.True(inner.CanWrite);
    }
}
