using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Tests.Storage;

public class ContentFingerprintTests
{
    private static byte[] Bytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string Of(byte[] bytes) => ContentFingerprint.Of(new MemoryStream(bytes));

    private static byte[] Changed(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0xFF;
        return copy;
    }

    [Fact]
    public void EqualContentHasEqualFingerprintsOf32HexCharacters()
    {
        var content = Bytes(5 << 20, seed: 1);

        Assert.Equal(Of(content), Of(content.ToArray()));
        Assert.Matches("^[0-9a-f]{32}$", Of(content));
    }

    [Fact]
    public void AChangeAtEitherEndOrOfTheSizeChangesTheFingerprint()
    {
        var content = Bytes(5 << 20, seed: 2);
        var fingerprint = Of(content);

        Assert.NotEqual(fingerprint, Of(Changed(content, 100)));
        Assert.NotEqual(fingerprint, Of(Changed(content, content.Length - 100)));
        Assert.NotEqual(fingerprint, Of(content[..^1]));
    }

    [Fact]
    public void AChangeOutsideTheEdgesOfALargeFileIsNotSeen() =>
        // The price of reading 2 MiB instead of the whole file; such a change keeps the size but not the write time.
        Assert.Equal(Of(Bytes(5 << 20, seed: 3)), Of(Changed(Bytes(5 << 20, seed: 3), 5 << 19)));

    [Fact]
    public void AFileOfAtMostTwoEdgesIsHashedWhole()
    {
        var content = Bytes(ContentFingerprint.EdgeBytes * 2, seed: 4);

        Assert.NotEqual(Of(content), Of(Changed(content, ContentFingerprint.EdgeBytes)));
        Assert.NotEqual(Of([]), Of([0]));
    }
}
