namespace Leitmotif.Core.Storage;

/// <summary>Recognises the I/O error of a full disk, which .NET reports as a plain <see cref="IOException"/>.</summary>
public static class DiskFull
{
    /// <summary>ENOSPC on Linux and macOS: on Unix, .NET puts the raw errno in <see cref="Exception.HResult"/>.</summary>
    private const int NoSpaceErrno = 28;

    /// <summary>Windows' ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as HRESULTs.</summary>
    private const int WindowsDiskFull = unchecked((int)0x80070070), WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>Whether <paramref name="error"/> says the disk is full.</summary>
    public static bool Caused(IOException error) => error.HResult is NoSpaceErrno or WindowsDiskFull or WindowsHandleDiskFull;
}
