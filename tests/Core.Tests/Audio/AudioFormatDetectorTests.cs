using System.Text;
using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Tests.Audio;

public class AudioFormatDetectorTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, "Wave")]
    [InlineData(new byte[] { (byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 2 }, "Ogg")]
    [InlineData(new byte[] { (byte)'I', (byte)'D', (byte)'3', 3, 0 }, "Mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, "Mp3")] // MPEG-1 Layer III frame header
    [InlineData(new byte[] { 0xFF, 0xF3, 0x40, 0xC4 }, "Mp3")] // MPEG-2 Layer III frame header
    [InlineData(new byte[] { 0xFF, 0xF1, 0x50, 0x80 }, "Unknown")] // ADTS AAC: frame sync but layer bits 00
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'A', (byte)'V', (byte)'I', (byte)' ' }, "Unknown")]
    [InlineData(new byte[] { (byte)'R', (byte)'I' }, "Unknown")]
    [InlineData(new byte[0], "Unknown")]
    public void RecognisesFormatFromMagicBytes(byte[] header, string expected)
    {
        Assert.Equal(Enum.Parse<AudioFileFormat>(expected), AudioFormatDetector.Detect(header));
    }

    [Fact]
    public void TextIsNotAudio()
    {
        Assert.Equal(AudioFileFormat.Unknown, AudioFormatDetector.Detect(Encoding.ASCII.GetBytes("hello, world")));
    }
}
