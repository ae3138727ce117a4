using System.Text;
using Leitmotif.Core.Model.Checkpoints;

namespace Leitmotif.Core.Tests.Model.Checkpoints;

public class Crc32CTests
{
    [Fact]
    public void StandardCheckValue() => Assert.Equal(0xE3069283u, Crc32C.Compute(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void LevelDbKnownAnswers()
    {
        // LevelDB util/crc32c_test.cc (from RFC 3720 B.4): 32 zero bytes, 32 0xFF bytes, 0..31.
        Assert.Equal(0x8a9136aau, Crc32C.Compute(new byte[32]));
        Assert.Equal(0x62a8ab43u, Crc32C.Compute(Enumerable.Repeat((byte)0xFF, 32).ToArray()));
        Assert.Equal(0x46dd794eu, Crc32C.Compute(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
    }

    [Fact]
    public void EmptyInputIsZero() => Assert.Equal(0u, Crc32C.Compute([]));

    [Fact]
    public void MaskRotatesRightBy15AndAddsTheDelta()
    {
        Assert.Equal(0xa282ead8u, Crc32C.Mask(0));
        Assert.Equal(0x00020000u + 0xa282ead8u, Crc32C.Mask(1)); // 1 rotated right by 15 = 1 << 17
        Assert.Equal(unchecked(((0xE3069283u >> 15) | (0xE3069283u << 17)) + 0xa282ead8u), Crc32C.Mask(0xE3069283u));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(0xE3069283u)]
    [InlineData(0xFFFFFFFFu)]
    public void UnmaskInvertsMask(uint crc)
    {
        Assert.Equal(crc, Crc32C.Unmask(Crc32C.Mask(crc)));
        Assert.NotEqual(crc, Crc32C.Mask(crc));
    }
}
