using Leitmotif.Core.Storage;

namespace Leitmotif.Core.Tests.Storage;

public class DiskFullTests
{
    [SkippableFact]
    public void AWriteToAFullDeviceIsRecognised()
    {
        Skip.IfNot(File.Exists("/dev/full"), "/dev/full, a device that is always full, exists only on Linux");

        var error = Assert.ThrowsAny<IOException>(() =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[4096]);
            full.Flush();
        });

        Assert.True(DiskFull.Caused(error), $"{error.GetType().Name} HResult {error.HResult}: {error.Message}");
    }

    [Fact]
    public void OtherInputOutputErrorsAreNot()
    {
        using var folder = new TestSupport.TemporaryFolder();

        var missing = Assert.ThrowsAny<IOException>(() => File.OpenRead(folder.File("missing")));

        Assert.False(DiskFull.Caused(missing));
        Assert.False(DiskFull.Caused(new IOException("connection reset")));
    }
}
