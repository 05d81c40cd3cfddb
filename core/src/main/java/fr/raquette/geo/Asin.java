package fr.raquette.geo;

/**
 * The arc sine of fdlibm ({@code e_asin.c}), the algorithm {@link StrictMath#asin} computes, in
 * Java: the same operations on doubles in the same order, so the same double for every argument
 * ({@code AsinTest} compares them bit for bit). Java 17's {@code StrictMath.asin} (which {@link
 * Math#asin} calls) is a native call, and every haversine distance takes one: a few million per
 * national run. Later JDKs run this same Java port themselves ({@code java.lang.FdLibm.Asin}).
 *
 * <p>From fdlibm 5.3, whose notice is kept: Copyright (C) 1993 by Sun Microsystems, Inc. All rights
 * reserved. Developed at SunSoft, a Sun Microsystems, Inc. business. Permission to use, copy,
 * modify, and distribute this software is freely granted, provided that this notice is preserved.
 */
final class Asin {
  private Asin() {}

  private static final double HUGE = 1.0e300;
  private static final double PIO2_HI = 0x1.921fb54442d18p0;
  private static final double PIO2_LO = 0x1.1a62633145c07p-54;
  private static final double PIO4_HI = 0x1.921fb54442d18p-1;
  // The coefficients of R(x^2) = P / Q.
  private static final double PS0 = 0x1.5555555555555p-3;
  private static final double PS1 = -0x1.4d61203eb6f7dp-2;
  private static final double PS2 = 0x1.9c1550e884455p-3;
  private static final double PS3 = -0x1.48228b5688f3bp-5;
  private static final double PS4 = 0x1.9efe07501b288p-11;
  private static final double PS5 = 0x1.23de10dfdf709p-15;
  private static final double QS1 = -0x1.33a271c8a2d4bp1;
  private static final double QS2 = 0x1.02ae59c598ac8p1;
  private static final double QS3 = -0x1.6066c1b8d0159p-1;
  private static final double QS4 = 0x1.3b8c5b12e9282p-4;

  /** {@code StrictMath.asin(x)}, the same double. */
  static double of(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >> 32);
    int ix = hx & 0x7fffffff;
    if (ix >= 0x3ff00000) { // |x| >= 1
      if (((ix - 0x3ff00000) | (int) bits) == 0) {
        return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
      }
      return (x - x) / (x - x); // asin(|x| > 1) is NaN
    }
    if (ix < 0x3fe00000) { // |x| < 0.5: every haversine below 3,000 km
      double t = 0;
      if (ix < 0x3e400000) { // |x| < 2^-27
        if (HUGE + x > 1.0) {
          return x;
        }
      } else {
        t = x * x;
      }
      return x + x * (p(t) / q(t));
    }
    return near1(x, hx, ix);
  }

  /** 0.5 <= |x| < 1: asin(x) = pi/2 - 2 asin(sqrt((1 - |x|) / 2)). */
  private static double near1(double x, int hx, int ix) {
    double w = 1.0 - Math.abs(x);
    double t = w * 0.5;
    double p = p(t);
    double q = q(t);
    double s = Math.sqrt(t);
    if (ix >= 0x3FEF3333) { // |x| > 0.975
      w = p / q;
      t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
    } else {
      w = Double.longBitsToDouble(Double.doubleToRawLongBits(s) & 0xffffffff00000000L);
      double c = (t - w * w) / (s + w);
      double r = p / q;
      p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
      q = PIO4_HI - 2.0 * w;
      t = PIO4_HI - (p - q);
    }
    return hx > 0 ? t : -t;
  }

  private static double p(double t) {
    return t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
  }

  private static double q(double t) {
    return 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
  }
}
